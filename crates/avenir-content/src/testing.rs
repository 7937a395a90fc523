//! Helpers for the tests of this crate and of the fuzz harness (`crates/avenir-fuzz`): one copy.

/// Drops every `[[language]]` block but English's (blocks end at a blank line), keeping the
/// line count, so that places in the file stay where they are.
pub fn only_english(text: &str) -> String {
    let mut out = Vec::new();
    let mut blanking = false;
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if *line == "[[language]]" {
            blanking = lines.get(i + 1).is_some_and(|next| *next != "tag = \"en\"");
        } else if line.trim().is_empty() {
            blanking = false;
        }
        out.push(if blanking { "" } else { *line });
    }
    out.join("\n") + "\n"
}
