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
        let mask = self.slots.len() - 1;
        let mut s = hash(id) & mask;
        core::iter::from_fn(move || {
            loop {
                let slot = self.slots[s] as usize;
                if slot == 0 {
                    return None;
                }
                s = (s + 1) & mask;
                if self.keys[slot - 1] == id {
                    return Some(slot - 1);
                }
            }
        })
    }
}

fn hash(id: &str) -> usize {
    let h = id.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    (h ^ (h >> 16)) as usize
}

#[cfg(test)]
mod tests {
    use super::Index;

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
}
