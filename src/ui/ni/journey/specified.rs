//! The list of specified offences (Police Act 1997 s.113A(6D) as it has
//! effect in Northern Ireland), read from `data/specified-offences-ni.txt`,
//! a byte-for-byte copy of the rules' `specified-offences-ni.txt`, for the
//! question page's search. Pure, tested natively.
//!
//! The file's format: `#` lines are notes; each paragraph starts with its
//! letter, `(a)` to `(sss)`, at the start of a line; its indented lines,
//! `(i)`, `(ii)`, …, belong to it. A note in square brackets at the end of a
//! line (`[inserted by S.R. 2022/145 art 4(c)]`) is the transcriber's, not
//! the law's, and is not shown.

/// The list as the file holds it, less its `#` notes (build.rs drops them:
/// they are not shown and cost about 2 KB of the download).
pub const SPECIFIED_OFFENCES: &str =
    include_str!(concat!(env!("OUT_DIR"), "/specified-offences-ni.txt"));

/// One paragraph of the list, such as "(o) an offence under section 4(2) …
/// of the Misuse of Drugs Act 1971;", with its sub-paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub text: &'static str,
    pub parts: Vec<&'static str>,
}

/// The paragraphs of a list in the file's format, in order.
pub fn paragraphs(file: &'static str) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    for line in file.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let text = without_note(line.trim());
        let indented = line.starts_with(char::is_whitespace);
        match out.last_mut() {
            Some(p) if indented => p.parts.push(text),
            _ => out.push(Paragraph {
                text,
                parts: Vec::new(),
            }),
        }
    }
    out
}

/// A line without a transcriber's `[…]` note at its end.
fn without_note(line: &'static str) -> &'static str {
    match line.strip_suffix(']').and_then(|l| l.rfind('[')) {
        Some(at) => line[..at].trim_end(),
        None => line,
    }
}

/// The paragraphs that match a search, each with the sub-paragraphs to show:
/// all of them when the paragraph's own words match, otherwise only those
/// that match. A search of fewer than 2 letters shows the whole list.
pub fn search(list: &[Paragraph], query: &str) -> Vec<Paragraph> {
    let q = query.trim().to_ascii_lowercase();
    if q.chars().count() < 2 {
        return list.to_vec();
    }
    let has = |s: &str| s.to_ascii_lowercase().contains(&q);
    list.iter()
        .filter_map(|p| {
            if has(p.text) {
                return Some(p.clone());
            }
            let parts: Vec<&'static str> = p.parts.iter().copied().filter(|s| has(s)).collect();
            (!parts.is_empty()).then_some(Paragraph {
                text: p.text,
                parts,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_list_from_a_to_sss() {
        let list = paragraphs(SPECIFIED_OFFENCES);
        // (a) to (z), (aa) to (zz), (aaa) to (sss).
        assert_eq!(list.len(), 26 + 26 + 19);
        assert!(list[0].text.starts_with("(a) The following offences"));
        assert_eq!(list[0].parts.len(), 16);
        assert_eq!(list[0].parts[13], "(xiv) Riot;");
        assert!(list.last().unwrap().text.starts_with("(sss) any offence"));
        let lll = list.iter().find(|p| p.text.starts_with("(lll)")).unwrap();
        assert_eq!(lll.parts.len(), 2);
        for p in &list {
            assert!(p.text.starts_with('('), "{}", p.text);
            assert!(!p.text.contains('['), "notes are left out: {}", p.text);
            assert!(!p.text.contains("S.R. 2022"), "{}", p.text);
        }
    }

    #[test]
    fn notes_in_brackets_are_left_out() {
        assert_eq!(
            without_note(
                "(ppp) an offence under section 1;   [inserted by S.R. 2022/145 art 4(c)]"
            ),
            "(ppp) an offence under section 1;"
        );
        assert_eq!(
            without_note("(o) section 4(2), 5(2) of the Act;"),
            "(o) section 4(2), 5(2) of the Act;"
        );
    }

    #[test]
    fn search_shows_matching_paragraphs_and_parts() {
        let list = paragraphs(SPECIFIED_OFFENCES);
        assert_eq!(search(&list, " ").len(), list.len());
        assert_eq!(search(&list, "r").len(), list.len());
        let riot = search(&list, "RIOT");
        assert_eq!(riot[0].text, list[0].text);
        assert_eq!(
            riot[0].parts,
            ["(xiv) Riot;", "(xv) Rout (incipient riot); and"]
        );
        let drugs = search(&list, "misuse of drugs");
        assert_eq!(drugs.len(), 1);
        assert!(drugs[0].text.starts_with("(o) "));
        let domestic = search(&list, "domestic abuse");
        assert_eq!(domestic.len(), 4, "(ppp) to (sss)");
        assert!(search(&list, "no such offence here").is_empty());
    }
}
