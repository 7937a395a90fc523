//! Ids to their places in a list, built once per evaluation, for the links found by id (an
//! answer's question, a contact's needs, a programme's contacts): a hash table (FNV-1a, open
//! addressing with linear probing, at most half full), so that a look-up costs the same with
//! any number of items and evaluation grows linearly with the content. Far smaller in the wasm
//! than `std`'s `HashMap`, and unlike a sorted list it needs no sort, whose cost grows faster
//! than the content.

pub(crate) struct Index<'a> {
    keys: Vec<&'a str>,
    /// 0 for an empty slot, or 1 + the key's place in `keys`.
    slots: Vec<u32>,
}

impl<'a> Index<'a> {
    /// The ids, in list order; an id may be there more than once.
    pub(crate) fn new(keys: Vec<&'a str>) -> Index<'a> {
        let mask = (keys.len() * 2 + 1).next_power_of_two() - 1;
        let mut slots = vec![0u32; mask + 1];
        for (i, k) in keys.iter().enumerate() {
            let mut s = hash(k) & mask;
            while slots[s] != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = i as u32 + 1;
        }
        Index { keys, slots }
    }

    /// Where `id` is in the list, in list order: the probe sequence from its hash passes the
    /// places of an id in the order they were inserted, and ends at an empty slot.
    pub(crate) fn get<'s>(&'s self, id: &'s str) -> impl Iterator<Item = usize> + 's {
        looking_up();
        let mask = self.slots.len() - 1;
        let mut s = hash(id) & mask;
        core::iter::from_fn(move || {
            loop {
                let slot = self.slots[s] as usize;
                if slot == 0 {
                    return None;
                }
                s = (s + 1) & mask;
                if same(self.keys[slot - 1], id) {
                    return Some(slot - 1);
                }
            }
        })
    }
}

/// Whether two ids are the same: the comparison every look-up by id in the evaluation makes
/// (here, and `answers::Counted::index`, each look-up counted by [`looking_up`]). Tests count
/// both ([`COUNTS`]): a look-up compares a bounded number of ids, whatever the content's size,
/// or evaluation grows faster than the content.
#[inline]
pub(crate) fn same(a: &str, b: &str) -> bool {
    #[cfg(test)]
    COUNTS.with(|c| c.set((c.get().0, c.get().1 + 1)));
    a == b
}

/// Counts a look-up by id (tests only; see [`same`]).
#[inline]
pub(crate) fn looking_up() {
    #[cfg(test)]
    COUNTS.with(|c| c.set((c.get().0 + 1, c.get().1)));
}

#[cfg(test)]
thread_local! {
    /// (look-ups, ids compared) on this thread, in tests.
    pub(crate) static COUNTS: core::cell::Cell<(usize, usize)> = const { core::cell::Cell::new((0, 0)) };
}

fn hash(id: &str) -> usize {
    let h = id.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    (h ^ (h >> 16)) as usize
}

#[cfg(test)]
mod tests {
    use super::{COUNTS, Index};
    use crate::answers::Answers;
    use crate::evaluate::evaluate;
    use crate::expr::{At, Expr};
    use crate::model::{Assessment, Contact, ContactKind, Criterion, Need, Programme, Question, QuestionKind, Urgency};

    #[test]
    fn finds_every_place_of_an_id_in_list_order() {
        let ids: Vec<String> = (0..500).map(|i| format!("id-{}", i % 97)).collect();
        let index = Index::new(ids.iter().map(String::as_str).collect());
        for k in 0..97 {
            let id = format!("id-{k}");
            let want: Vec<usize> = (0..500).filter(|&i| ids[i] == id).collect();
            assert_eq!(index.get(&id).collect::<Vec<_>>(), want);
        }
        assert_eq!(index.get("id-97").count(), 0);
        assert_eq!(index.get("").count(), 0);
        assert_eq!(Index::new(Vec::new()).get("any").count(), 0);
        assert_eq!(Index::new(vec!["a"]).get("a").collect::<Vec<_>>(), [0]);
    }

    /// A content of `n` questions (one in five shown after an earlier answer), `n / 2`
    /// programmes with three criteria, `n / 5` needs and `5 n` contacts, rules on random earlier
    /// questions, resolved as the checker resolves them (or not, with `resolved: false`).
    fn content(n: usize, resolved: bool) -> Assessment {
        let mut seed = 2026_u64;
        let mut below = move |k: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % k.max(1)
        };
        let mut rule = |upto: usize| {
            let mut is = |negated| Expr::Is {
                question: format!("q{}", below(upto)),
                options: vec![["a", "b", "c"][below(3)].into()],
                negated,
                at: At::UNRESOLVED,
            };
            Expr::Or(vec![is(false), is(true)])
        };
        let questions: Vec<Question> = (0..n)
            .map(|i| Question {
                id: format!("q{i}"),
                kind: QuestionKind::Single,
                options: vec!["a".into(), "b".into(), "c".into()],
                dont_know: false,
                sensitive: false,
                relevant: (i % 5 == 2).then(|| rule(i)),
                group: None,
                exclusive: Vec::new(),
                first: Vec::new(),
            })
            .collect();
        let programmes = (0..n / 2)
            .map(|p| Programme {
                id: format!("p{p}"),
                applies: Some(rule(n)),
                criteria: (0..3)
                    .map(|c| Criterion { id: format!("c{c}"), when: rule(n), sources: Vec::new() })
                    .collect(),
                sources: Vec::new(),
                contacts: vec![format!("k{}", p * 7 % (5 * n)), format!("k{}", p * 13 % (5 * n))],
                site: false,
                no_entitlement: false,
            })
            .collect();
        let needs = (0..n / 5)
            .map(|i| Need {
                id: format!("n{i}"),
                when: rule(n),
                urgency: Urgency::ALL[i % 3],
                immediate_when: None,
                legal_first: false,
            })
            .collect();
        let contacts = (0..5 * n)
            .map(|k| Contact {
                applies: Some(rule(n)),
                needs: vec![format!("n{}", k % (n / 5)), format!("n{}", k * 3 % (n / 5))],
                ..Contact::bare(
                    &format!("k{k}"),
                    "",
                    if k % 10 == 0 { ContactKind::LegalAdvice } else { ContactKind::Service },
                )
            })
            .collect();
        let mut a = Assessment {
            id: "t".into(),
            version: "0".into(),
            default_language: "en".into(),
            questions,
            programmes,
            needs,
            contacts,
            languages: Vec::new(),
            texts: Vec::new(),
        };
        let ids: Vec<String> = a.questions.iter().map(|q| q.id.clone()).collect();
        let index = Index::new(ids.iter().map(String::as_str).collect());
        let resolve = |e: &mut Expr| e.resolve_questions(&|id| index.get(id).next().filter(|_| resolved));
        for q in &mut a.questions {
            q.relevant.iter_mut().for_each(resolve);
        }
        for p in &mut a.programmes {
            p.applies.iter_mut().for_each(resolve);
            p.criteria.iter_mut().for_each(|c| resolve(&mut c.when));
        }
        for n in &mut a.needs {
            resolve(&mut n.when);
        }
        for c in &mut a.contacts {
            c.applies.iter_mut().for_each(resolve);
        }
        a
    }

    /// Ids compared per look-up, over a walk answering every question in turn, each change
    /// followed by a whole evaluation. Checks that the look-ups were counted: every contact's
    /// `applies` reads two answers per change.
    fn compared_per_look_up(a: &Assessment) -> f64 {
        let mut answers = Answers::new();
        let (looked, compared) = COUNTS.with(|c| c.get());
        for (i, q) in a.questions.iter().enumerate() {
            answers.set(&q.id, ["a", "b", "c"][i % 3]);
            std::hint::black_box(evaluate(a, &answers));
        }
        let (looked_now, compared_now) = COUNTS.with(|c| c.get());
        let changes = a.questions.len();
        assert!(looked_now - looked >= changes * 2 * a.contacts.len(), "answers read without `Counted::index`");
        (compared_now - compared) as f64 / (looked_now - looked) as f64
    }

    /// Evaluation stays linear in the content's size: every look-up of an answer or a link by
    /// id compares a bounded number of ids (one, but for the rare hash collision), the same
    /// with ten times the content. Counted, not timed. Searching for questions by id (rules not
    /// resolved to their question's index, as every look-up did before) fails it.
    #[test]
    fn evaluation_compares_a_bounded_number_of_ids_per_look_up() {
        for resolved in [true, false] {
            let small = compared_per_look_up(&content(20, resolved));
            let large = compared_per_look_up(&content(200, resolved));
            if resolved {
                assert!(
                    small <= 1.5 && large <= 1.5,
                    "ids compared per look-up: {small:.2} with 20 questions, {large:.2} with 200"
                );
            } else {
                assert!(
                    large > 10.0 && large > 3.0 * small,
                    "the measure must see a search by id: {small:.2}, then {large:.2}"
                );
            }
        }
    }
}
