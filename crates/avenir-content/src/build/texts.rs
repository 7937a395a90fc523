//! Texts: a TOML file's inline `[texts]`, recordings, and the texts missing or unused per language.

use super::*;

/// Texts written in a TOML file under `[texts]`, one Fluent text per language tag, between
/// `'''` and `'''` (an embedding site's one file has its programmes' texts so):
/// `(tag, file, the text)`; [`Inline::parse`] places its problems in the TOML file's lines and
/// columns. (Each text is read alone: reading the whole file blanked but for one text, once per
/// language, was most of the checker's time.)
pub(super) fn inline_texts(doc: &Doc, d: &mut Diags) -> Vec<(Str, usize, Inline)> {
    let root = doc.table();
    let Some(v) = root.get("texts") else { return Vec::new() };
    let Some(t) = Table::new(doc.file, doc.text, v, "[texts]", d) else { return Vec::new() };
    let mut found = Vec::new();
    for (key, value) in t.table.iter() {
        let tag = Str::plain(key.get_ref(), key.span());
        let span = value.span();
        let raw = doc.text.get(span.clone()).unwrap_or("");
        if !matches!(value.get_ref(), toml::de::DeValue::String(_)) || !raw.starts_with("'''") || !raw.ends_with("'''")
        {
            d.error(
                "E0003",
                doc.file,
                span,
                format!("the texts in `{}` are not written between ''' and '''", tag.value),
                Some(format!(
                    "write them as Fluent, as in texts/<lang>.ftl:\n{} = '''\nprogramme-my_id = …\n'''",
                    tag.value
                )),
            );
            continue;
        }
        // TOML drops a line break right after the opening quotes.
        let mut start = span.start + 3;
        start += ["\r\n", "\n"].iter().find(|nl| doc.text[start..].starts_with(*nl)).map_or(0, |nl| nl.len());
        let end = (span.end - 3).max(start);
        let (start, end) = (floor(doc.text, start), floor(doc.text, end));
        let masked = if start == 0 || doc.text.as_bytes()[start - 1] == b'\n' {
            // The texts start a line: they are read alone, and their places moved by `start`.
            Inline { text: doc.text[start..end].to_string(), offset: start }
        } else {
            // Texts on the line of the quotes: read with every character before them blanked,
            // byte for byte (a UTF-8 byte other than a line break is never part of one), so that
            // the first is not at a line's start, as in the file.
            let mut bytes = doc.text.as_bytes()[..end].to_vec();
            bytes[..start].iter_mut().filter(|b| **b != b'\n').for_each(|b| *b = b' ');
            Inline { text: String::from_utf8(bytes).unwrap_or_default(), offset: 0 }
        };
        found.push((tag, doc.file, masked));
    }
    found
}

/// One language's Fluent text under `[texts]` in a TOML file, and where it starts in the file.
pub(crate) struct Inline {
    text: String,
    offset: usize,
}

impl Inline {
    /// [`ftl::parse`], its problems placed in the TOML file.
    pub(super) fn parse(&self, file: usize, lang: &str, d: &mut Diags) -> Texts {
        let mut own = Diags::default();
        let texts = ftl::parse(file, &self.text, lang, &mut own);
        let at = |i: usize| i + self.offset;
        d.0.extend(own.0.into_iter().map(|x| Diagnostic { span: at(x.span.start)..at(x.span.end), ..x }));
        texts
    }
}

/// `i`, or the start of the character it falls in.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The texts under `[texts]` in one TOML file (an embedding site's), parsed as `root`, one
/// `Texts` per language (their problems are the checker's to report).
pub(crate) fn inline_texts_of<'i>(text: &'i str, root: Spanned<DeTable<'i>>) -> Vec<Texts> {
    let mut d = Diags::default();
    let doc = Doc { file: 0, text, root };
    inline_texts(&doc, &mut d).into_iter().map(|(tag, _, text)| text.parse(0, &tag.value, &mut d)).collect()
}

/// Recordings (`audio/<lang>/<text key>.<extension>`, listed by `fs::read_dir`): each must be
/// of a language the content has, for one of that language's texts, in a format browsers play
/// (W0306 otherwise; the device's voice then reads that text).
pub(super) fn recordings(files: &[SourceFile], texts: &mut [(Texts, usize)], d: &mut Diags) {
    for (i, f) in files.iter().enumerate() {
        let path = f.path.replace('\\', "/");
        let Some((_, rest)) = path.rsplit_once(&format!("{}/", crate::fs::AUDIO)) else { continue };
        let Some((lang, name)) = rest.split_once('/') else { continue };
        let (key, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        let problem = if !crate::fs::AUDIO_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
            Some((
                format!("`{name}` is not a recording browsers can play"),
                format!("use one of: {}", crate::fs::AUDIO_EXTENSIONS.join(", ")),
            ))
        } else {
            match texts.iter_mut().find(|(t, _)| t.lang == lang) {
                None => Some((
                    format!("recordings for `{lang}`, which is not a language of this content"),
                    "name the folder after a [[language]] tag".into(),
                )),
                Some((t, _)) if !t.has(key) => Some((
                    format!("recording of `{key}`, which is not a text in {lang}"),
                    "name the file after the text's key, as in texts/<lang>.ftl".into(),
                )),
                Some((t, _)) => {
                    t.recorded.push(name.to_string());
                    None
                }
            }
        };
        if let Some((message, hint)) = problem {
            d.warning("W0306", i, 0..0, message, Some(hint));
        }
    }
    for (t, _) in texts.iter_mut() {
        t.recorded.sort_by(|a, b| recorded_key(a).cmp(recorded_key(b)));
        t.recorded.dedup_by(|a, b| recorded_key(a) == recorded_key(b));
    }
}

/// Every text key the content and the interface need (each with the file of the programme that
/// needs it, `None` for the interface's and the questions' and needs'), and the optional ones.
pub(super) fn expected_keys(parts: &Parts) -> (Vec<(String, Option<usize>)>, Vec<String>) {
    let mut req: Vec<String> = ui::ALL.iter().map(|k| k.to_string()).collect();
    let mut by_programme = Vec::new();
    let mut opt = Vec::new();
    for o in ["yes", "no", DONT_KNOW, PREFER_NOT_TO_SAY] {
        req.push(keys::shared_option(o));
    }
    // Each group's text once, however many questions it has (a set: not a search of `req`
    // per question, which 40,000 questions in groups made minutes).
    let mut groups = BTreeSet::new();
    for (q, _, _) in &parts.questions {
        req.push(keys::question(&q.id));
        if let Some(key) = q.group.as_deref().map(keys::group).filter(|k| groups.insert(k.clone())) {
            req.push(key);
        }
        opt.push(keys::question_hint(&q.id));
        if q.sensitive {
            req.push(keys::question_why(&q.id))
        } else {
            opt.push(keys::question_why(&q.id))
        }
        match q.kind {
            QuestionKind::Single | QuestionKind::Multi => req.extend(q.options.iter().map(|o| keys::option(&q.id, o))),
            // Countries are named by the platform (`Intl`); a text overrides that, and options
            // that are not country codes ("other") need one.
            QuestionKind::Country => {
                for o in &q.options {
                    let is_code = o.len() == 2 && o.chars().all(|c| c.is_ascii_uppercase());
                    if is_code { opt.push(keys::option(&q.id, o)) } else { req.push(keys::option(&q.id, o)) }
                }
            }
            QuestionKind::YesNo | QuestionKind::Number { .. } => {}
        }
    }
    for (p, file, _) in &parts.programmes {
        let mut req = Vec::new();
        req.extend([
            keys::programme(&p.id),
            keys::programme_runs(&p.id),
            keys::programme_offers(&p.id),
            keys::programme_how(&p.id),
        ]);
        for c in &p.criteria {
            let offers_dont_know =
                |q: &str| parts.question_index.get(q).is_some_and(|&i| parts.questions[i].0.dont_know);
            req.extend(
                criterion_outcomes(&c.when, offers_dont_know).into_iter().map(|o| keys::criterion(&p.id, &c.id, o)),
            );
        }
        by_programme.extend(req.into_iter().map(|k| (k, Some(*file))));
    }
    for n in &parts.needs {
        req.extend([keys::need(&n.id), keys::need_help(&n.id)]);
    }
    let mut req: Vec<(String, Option<usize>)> = req.into_iter().map(|k| (k, None)).collect();
    req.append(&mut by_programme);
    for (c, _, _) in &parts.contacts {
        opt.extend([keys::contact_about(&c.id), keys::contact_name(&c.id), keys::contact_regions(&c.id)]);
    }
    (req, opt)
}

/// Missing texts, per language (`texts`: each language's texts, all its files together), and
/// unused ones, in the file that has them (`sources`). `places`: where the TOML files with
/// texts of their own have `[texts]` (`(file, "")`) and each language in it (`(file, tag)`).
pub(super) fn check_texts(
    parts: &Parts,
    texts: &[(Texts, usize)],
    sources: &[(Texts, usize)],
    places: &BTreeMap<(usize, &str), Span>,
    files: &[SourceFile],
    report_unused: bool,
    d: &mut Diags,
) {
    let (req_at, opt) = expected_keys(parts);
    let req: Vec<String> = req_at.iter().map(|(k, _)| k.clone()).collect();
    // The texts for an unknown criterion that say why (`not-answered`, `dont-know`): a
    // criterion that has its other texts but lacks one of these is reported at the criterion.
    let mut variants: BTreeMap<String, (&str, &str, &str)> = BTreeMap::new();
    for (p, _, _) in &parts.programmes {
        for c in &p.criteria {
            for o in ["not-answered", "dont-know"] {
                variants.insert(keys::criterion(&p.id, &c.id, o), (p.id.as_str(), c.id.as_str(), o));
            }
        }
    }
    // A contact's name and regions are texts once the default language has them: then every
    // language needs them (a missing one shows the default language's, W0304).
    let opted: Vec<(String, Option<usize>)> = parts
        .contacts
        .iter()
        .flat_map(|(c, _, _)| [keys::contact_name(&c.id), keys::contact_regions(&c.id)])
        .filter(|k| texts.first().is_some_and(|(t, _)| t.has(k)))
        .map(|k| (k, None))
        .collect();
    // A programme written in a TOML file with texts of its own (`[texts]`, an embedding site's
    // file) has its missing texts reported there; every other missing text in the language's file.
    for (n, (t, file)) in texts.iter().enumerate() {
        let mut missing: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for (k, at) in req_at.iter().chain(&opted).filter(|(k, _)| !t.has(k)) {
            let home = at.filter(|f| places.contains_key(&(*f, ""))).unwrap_or(*file);
            if let (0, Some(&(p, c, outcome))) = (n, variants.get(k)) {
                let has_others = ["met", "unmet", "unknown"].iter().any(|o| t.has(&keys::criterion(p, c, o)));
                if let (true, Some((cfile, span))) =
                    (has_others, parts.criterion_places.get(&(p.to_string(), c.to_string())))
                {
                    let (case, say) = if outcome == "dont-know" {
                        ("answered \"I don't know\" to a question it reads", "say that the person does not know yet")
                    } else {
                        (
                            "did not answer a question it reads (skipped it, preferred not to say, or was not asked)",
                            "claim no answer the person did not give",
                        )
                    };
                    d.error(
                        "E0112",
                        *cfile,
                        span.clone(),
                        format!("criterion `{c}` of programme `{p}` has no text for when the person {case}"),
                        Some(if home == *file {
                            format!("add `{k} = …` to {}: its reason in that case, which must {say}", files[home].path)
                        } else {
                            format!(
                                "add `{k} = …` under [texts], {}: its reason in that case, which must {say}",
                                t.lang
                            )
                        }),
                    );
                    continue;
                }
            }
            missing.entry(home).or_default().push(k);
        }
        // One diagnostic per language and file, listing the keys: a new language lacks them all.
        for (home, missing) in missing {
            let shown = missing[..missing.len().min(8)].join(", ");
            let more = if missing.len() > 8 { format!(" and {} more", missing.len() - 8) } else { String::new() };
            let msg = format!("{} text(s) missing in {}: {shown}{more}", missing.len(), t.lang);
            let hint = Some(if home == *file {
                format!("add `{} = …` and the others to {}", missing[0], files[home].path)
            } else {
                format!("add `{} = …` and the others under [texts]: {} = \'\'\'…\'\'\'", missing[0], t.lang)
            });
            // The default language must be complete; others fall back to it.
            let at = places.get(&(home, t.lang.as_str())).or(places.get(&(home, ""))).cloned().unwrap_or(0..0);
            if n == 0 { d.error("E0302", home, at, msg, hint) } else { d.warning("W0304", home, at, msg, hint) }
        }
    }
    let used: BTreeSet<&str> = req.iter().chain(&opt).map(String::as_str).collect();
    // Each file's places read once, and only for a file with an unused text: a TOML file with
    // texts of its own is a source once per language, and reading the whole file for each was a
    // third of the checker's time (the studio checks at every pause in typing).
    let mut places_of: BTreeMap<usize, BTreeMap<&str, Span>> = BTreeMap::new();
    for (t, file) in sources.iter().filter(|_| report_unused) {
        // A selector's variants (`key[one]`, `key[$]`: ftl's compilation) go with their message.
        for k in t.messages.keys().filter(|k| !used.contains(k.as_str()) && !k.contains('[')) {
            let places = places_of.entry(*file).or_insert_with(|| ftl::message_places(&files[*file].text));
            let hint = d
                .did_you_mean(k, used.iter().copied())
                .map(|m| format!("did you mean `{m}`?"))
                .or(Some("nothing uses this text; remove it or check its key".into()));
            let at = places.get(k.as_str()).cloned().unwrap_or(0..0);
            d.warning("W0305", *file, at, format!("unused text `{k}`"), hint);
        }
    }
}
