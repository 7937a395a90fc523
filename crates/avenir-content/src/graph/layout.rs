//! The picture's layout: one card per question, programme and need, their text wrapped by
//! display width, and their places in two columns.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::*;

/// Columns (display width) per line of a box's title, and of its smaller detail lines.
pub(super) const WRAP: usize = 38;
pub(super) const WRAP_DETAIL: usize = 44;
/// The first line of a box (number, id, kind) is cut after this many columns.
pub(super) const HEAD_CHARS: usize = 44;
pub(super) const BOX_W: i32 = 360;
pub(super) const PAD: i32 = 12;
/// The small first line of a box (kind and id), then the title lines, then the details.
pub(super) const HEAD_H: i32 = 20;
pub(super) const TITLE_H: i32 = 19;
pub(super) const DETAIL_H: i32 = 16;
/// Room left of the questions for the dashed relevance arcs.
pub(super) const LEFT: i32 = 96;
pub(super) const COL_GAP: i32 = 260;
pub(super) const TOP: i32 = 52;
pub(super) const Q_GAP: i32 = 34;
pub(super) const T_GAP: i32 = 18;
/// Extra room above the first box of a group in the right column, for its heading.
pub(super) const GROUP_GAP: i32 = 36;
pub(super) const WIDTH: i32 = LEFT + BOX_W + COL_GAP + BOX_W + 24;

pub(super) struct Card {
    pub(super) class: &'static str,
    pub(super) x: i32,
    pub(super) y: i32,
    pub(super) h: i32,
    pub(super) head: String,
    pub(super) title: Vec<String>,
    /// Each detail: its label and its wrapped lines (the first starting with the label).
    pub(super) details: Vec<(&'static str, Vec<String>)>,
}

impl Card {
    pub(super) fn new(
        class: &'static str,
        x: i32,
        head: String,
        title: &str,
        details: &[(&'static str, String)],
    ) -> Card {
        let head = if head.width() > HEAD_CHARS { format!("{}…", &head[..fit(&head, HEAD_CHARS - 1)]) } else { head };
        let title = wrap(title, WRAP);
        let details: Vec<(&'static str, Vec<String>)> =
            details.iter().map(|(label, text)| (*label, wrap(&format!("{label} {text}"), WRAP_DETAIL))).collect();
        let detail_lines: usize = details.iter().map(|(_, l)| l.len()).sum();
        let mut h = PAD + HEAD_H + TITLE_H * title.len() as i32 + PAD - 2;
        if detail_lines > 0 {
            h += 4 + DETAIL_H * detail_lines as i32;
        }
        Card { class, x, y: 0, h, head, title, details }
    }

    pub(super) fn centre(&self) -> i32 {
        self.y + self.h / 2
    }

    pub(super) fn bottom(&self) -> i32 {
        self.y + self.h
    }

    /// The `j`th of `k` points spread along the middle of an edge between `lo` and `hi`
    /// (fractions of the height).
    pub(super) fn port(&self, j: usize, k: usize, lo: i32, hi: i32) -> i32 {
        let (top, bottom) = (self.y + self.h * lo / 100, self.y + self.h * hi / 100);
        top + (bottom - top) * (j as i32 + 1) / (k as i32 + 1)
    }
}

/// Splits `s` into lines at most `width` columns wide at spaces (display width, as a terminal
/// or a monospace font counts it: a CJK character takes two columns, an Arabic vowel mark or
/// another combining mark none); longer words are cut.
pub(super) fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let mut word = word;
        loop {
            let (len, wlen) = (line.width(), word.width());
            if len == 0 && wlen <= width {
                line.push_str(word);
                break;
            } else if len > 0 && len + 1 + wlen <= width {
                line.push(' ');
                line.push_str(word);
                break;
            } else if len > 0 {
                lines.push(std::mem::take(&mut line));
            } else {
                // At least one character, so that a character wider than the line still moves on.
                let cut = fit(word, width).max(word.chars().next().map_or(0, char::len_utf8));
                lines.push(word[..cut].to_string());
                word = &word[cut..];
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The longest start of `s` at most `width` columns wide, as a byte length (combining marks
/// stay with their letter).
fn fit(s: &str, width: usize) -> usize {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width {
            return i;
        }
    }
    s.len()
}

pub(super) struct Layout {
    pub(super) questions: Vec<Card>,
    pub(super) targets: Vec<Card>,
    /// Column headings: x, baseline, text.
    pub(super) headings: Vec<(i32, i32, &'static str)>,
    pub(super) height: i32,
}

pub(super) fn layout(g: &Graph) -> Layout {
    let mut y = TOP;
    let questions: Vec<Card> = g
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let details: Vec<(&'static str, String)> =
                q.condition_label.iter().map(|c| ("Only if:", c.clone())).collect();
            let class = if q.condition.is_some() { "qc" } else { "q" };
            let head = format!("Q{} · {} · {}", i + 1, q.id, q.kind);
            let mut card = Card::new(class, LEFT, head, &q.title, &details);
            card.y = y;
            y += card.h + Q_GAP;
            card
        })
        .collect();

    // Programmes, then needs, each under its heading. Within a group, each box is as near as it
    // can be to the middle of the questions it reads, without overlapping; boxes are placed in
    // the order of those middles, so that lines from the questions cross as little as possible.
    let right = LEFT + BOX_W + COL_GAP;
    let mut headings = vec![(LEFT, TOP - 14, "Questions, in the order asked")];
    let mut targets: Vec<Card> = Vec::new();
    let mut wanted: Vec<i32> = Vec::new();
    for (i, t) in g.targets.iter().enumerate() {
        let class = match t.kind {
            Kind::Programme => "prog",
            Kind::Need => "need",
        };
        let card = Card::new(class, right, format!("{} · {}", t.kind.name(), t.id), &t.title, &t.details);
        let sources: Vec<i32> = g.feeds.iter().filter(|f| f.to == i).map(|f| questions[f.from].centre()).collect();
        wanted.push(match sources.len() {
            0 => TOP,
            n => sources.iter().sum::<i32>() / n as i32 - card.h / 2,
        });
        targets.push(card);
    }
    let mut order: Vec<usize> = (0..targets.len()).collect();
    order.sort_by_key(|&i| (g.targets[i].kind == Kind::Need, wanted[i], i));
    let mut min_y = TOP;
    let mut group = None;
    for i in order {
        let kind = g.targets[i].kind;
        let first = group != Some(kind);
        if first && group.is_some() {
            min_y += GROUP_GAP;
        }
        let card = &mut targets[i];
        card.y = wanted[i].max(min_y);
        if first {
            let heading = match kind {
                Kind::Programme => "Programmes",
                Kind::Need => "Needs",
            };
            headings.push((right, card.y - 14, heading));
        }
        min_y = card.bottom() + T_GAP;
        group = Some(kind);
    }
    let height = questions.iter().chain(&targets).map(Card::bottom).max().unwrap_or(TOP) + 24;
    Layout { questions, targets, headings, height }
}
