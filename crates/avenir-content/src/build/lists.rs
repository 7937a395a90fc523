//! Shared value lists (`[[list]]`).

use super::*;

pub(super) fn list(t: &Table, parts: &mut Parts, today: Option<Date>, d: &mut Diags) {
    t.allow_keys(&["id", "values", "source"], d);
    let id = id(t, "list", parts, d);
    let values = t.str_list("values", d);
    if values.is_empty() {
        d.error(
            "E0004",
            t.file,
            t.span.start..t.span.start + 1,
            format!("value list `{}` has no values", id.as_deref().unwrap_or("?")),
            Some("values = [\"AL\", \"XK\"]".into()),
        );
    }
    let mut seen = BTreeSet::new();
    for v in &values {
        local_id(v, t.file, "value", !v.value.is_empty(), "values are option ids", &mut seen, d);
    }
    let sources = read_sources(t, today, &mut parts.sources_seen, d);
    // A list with a bad source is still a list: its values are what the rules using it need.
    if let Some(id) = id {
        parts.lists.insert(id, (values.into_iter().map(|v| v.value).collect(), sources.unwrap_or_default()));
    }
}
