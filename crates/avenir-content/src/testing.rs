//! Helpers for the tests of this crate and of the fuzz harness (`crates/avenir-fuzz`): one copy.

/// Drops every `[[language]]` block but English's (blocks end at a blank line), and every other
/// language's texts under `[texts]` (`tag = '''…'''`, as in `stay-nl-translations.toml`),
/// keeping the line count, so that places in the file stay where they are.
pub fn only_english(text: &str) -> String {
    let mut out = Vec::new();
    let mut blanking = false;
    // Inside `tag = '''…'''` under `[texts]` for a language other than English (blanked too).
    let mut in_texts = false;
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if in_texts {
            in_texts = *line != "'''";
            out.push("");
            continue;
        }
        if let Some(tag) = line.strip_suffix(" = '''") {
            if tag != "en" && !tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                in_texts = true;
                out.push("");
                continue;
            }
        }
        if *line == "[[language]]" {
            blanking = lines.get(i + 1).is_some_and(|next| *next != "tag = \"en\"");
        } else if line.trim().is_empty() {
            blanking = false;
        }
        out.push(if blanking { "" } else { *line });
    }
    out.join("\n") + "\n"
}

/// `text` with every `[[contact]]` section blanked, up to the next other section: for a content
/// whose contacts all come from one imported file (an HSDS round trip).
pub fn without_contacts(text: &str) -> String {
    let mut inside = false;
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('[') {
            inside = line == "[[contact]]";
        }
        out.push_str(if inside { "" } else { line });
        out.push('\n');
    }
    out
}
