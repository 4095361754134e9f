//! The offence finder's search: the offence table by the names people use,
//! word by word, forgiving small typing slips. Pure, tested natively; the
//! component only shows what it returns. Every match is listed: one word
//! ("drug possession") can belong to several offences, and the person
//! chooses, never the search.

use crate::rules::ni::offences::{Offence, OFFENCES};

/// Words that say nothing about which offence it is.
const STOP: &[&str] = &["a", "an", "and", "of", "or", "the", "to", "for", "in", "on"];

fn words(s: &str) -> Vec<String> {
    // ASCII separators only: the names are ASCII, and no Unicode table is
    // added to the download for them.
    s.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// Slips allowed in a typed word of this many letters: one, in a word of
/// five letters or more. (Two let "speeding" find "sending".)
fn slips_allowed(len: usize) -> usize {
    usize::from(len >= 5)
}

/// Longest word compared for slips; longer words must be typed exactly.
const LONGEST: usize = 24;

/// Edit distance with transpositions (optimal string alignment), for
/// words of up to `LONGEST` letters.
fn distance(a: &[char], b: &[char]) -> usize {
    let (n, m) = (a.len(), b.len());
    if n > LONGEST || m > LONGEST {
        return usize::MAX;
    }
    let mut d = [[0usize; LONGEST + 1]; LONGEST + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

/// How well a typed word matches a word of a name: 0 the same word,
/// 1 the start of it, 2 with a slip (only where `slips` allows); `None` no
/// match.
fn word_match(typed: &str, word: &str, slips: bool) -> Option<u8> {
    if typed == word {
        return Some(0);
    }
    if word.starts_with(typed) {
        return Some(1);
    }
    let t: Vec<char> = typed.chars().collect();
    let w: Vec<char> = word.chars().collect();
    let allowed = slips_allowed(t.len());
    if allowed == 0 || !slips {
        return None;
    }
    if distance(&t, &w) <= allowed {
        return Some(2);
    }
    // A word still being typed, with a slip: compare with the word's start.
    if w.len() > t.len() && distance(&t, &w[..t.len()]) <= allowed {
        return Some(2);
    }
    None
}

/// How well the typed words match one name: lower is better; `None` when
/// some typed word matches no word of it.
fn phrase_score(typed: &[(String, bool)], phrase: &str) -> Option<u32> {
    let ws = words(phrase);
    let mut total = 0u32;
    for (t, slips) in typed {
        let best = ws.iter().filter_map(|w| word_match(t, w, *slips)).min()?;
        total += u32::from(best);
    }
    Some(total)
}

/// The offences matching what was typed, best first. Empty for nothing
/// typed, or nothing that matches.
pub fn search(query: &str) -> Vec<&'static Offence> {
    let typed = words(query);
    if typed.is_empty() {
        return Vec::new();
    }
    let whole = typed.join(" ");
    // A slip is forgiven only in a word that no name uses exactly: someone
    // who typed "speeding" means speeding, not "sending" or "peeping".
    let used = |t: &String| {
        let has = |p: &str| words(p).contains(t);
        OFFENCES
            .iter()
            .any(|o| has(o.name) || o.also.iter().any(|p| has(p)))
    };
    let typed: Vec<(String, bool)> = typed
        .into_iter()
        .map(|t| {
            let slips = !used(&t);
            (t, slips)
        })
        .collect();
    let mut found: Vec<(u32, &'static Offence)> = Vec::new();
    for o in OFFENCES {
        // (rank, position): the name matched exactly, then the name matched
        // word by word, then another word people use.
        let name_rank = if words(o.name).join(" ") == whole {
            Some(0)
        } else {
            phrase_score(&typed, o.name).map(|s| 10 + s * 3)
        };
        let also_rank = o
            .also
            .iter()
            .filter_map(|p| {
                if words(p).join(" ") == whole {
                    Some(1)
                } else {
                    phrase_score(&typed, p).map(|s| 11 + s * 3)
                }
            })
            .min();
        if let Some(rank) = [name_rank, also_rank].into_iter().flatten().min() {
            found.push((rank, o));
        }
    }
    // Best rank first, in table order within a rank (the ranks are small
    // numbers: a pass per rank, and no sorting code in the download).
    let worst = found.iter().map(|&(rank, _)| rank).max().unwrap_or(0);
    (0..=worst)
        .flat_map(|r| found.iter().filter(move |f| f.0 == r).map(|f| f.1))
        .collect()
}

/// What choosing this offence means, in one line.
pub fn meaning(o: &Offence) -> &'static str {
    match o.specified {
        Some(true) => "This offence is on the list of specified offences. It is never filtered.",
        Some(false) => "This offence is not on the list of specified offences.",
        None => "We cannot tell from its name whether it is on the list: we will ask you.",
    }
}

include!(concat!(env!("OUT_DIR"), "/offence_notes.rs"));

/// Why the offence table cannot tell whether this offence is specified, in
/// the table's own words; `None` when the table can tell.
pub fn why_specified_unknown(o: &Offence) -> Option<&'static str> {
    CANNOT_TELL.iter().find(|n| n.0 == o.id).and_then(|n| n.1)
}

/// Why the offence table cannot tell whether this offence is summary-only.
pub fn why_summary_only_unknown(o: &Offence) -> Option<&'static str> {
    CANNOT_TELL.iter().find(|n| n.0 == o.id).and_then(|n| n.2)
}

/// What to say when nothing matches: "No offence matches 'mobile phone'".
pub fn no_match(query: &str) -> String {
    format!("No offence matches '{}'", query.trim())
}

/// The polite status under the box: "4 offences match". (None matching is
/// said beside "I can't find my offence": [`no_match`].)
pub fn status(count: usize) -> String {
    match count {
        1 => "1 offence matches".into(),
        n => format!("{n} offences match"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_for_every_answer_the_table_cannot_give_and_none_for_the_others() {
        for o in OFFENCES {
            assert_eq!(
                why_specified_unknown(o).is_some(),
                o.specified.is_none(),
                "{}",
                o.id
            );
            assert_eq!(
                why_summary_only_unknown(o).is_some(),
                o.summary_only.is_none(),
                "{}",
                o.id
            );
        }
        let obstruct = OFFENCES
            .iter()
            .find(|o| o.id == "resist-obstruct-police")
            .unwrap();
        assert!(why_specified_unknown(obstruct)
            .unwrap()
            .starts_with("Not named in (6D)."));
    }

    fn ids(q: &str) -> Vec<&'static str> {
        search(q).into_iter().map(|o| o.id).collect()
    }

    #[test]
    fn cannabis_reaches_class_b_possession() {
        // Growing it is another offence: both are listed, the person chooses.
        let found = ids("cannabis");
        assert!(found.contains(&"possession-class-b"), "{found:?}");
        assert!(found.contains(&"cultivation"), "{found:?}");
        assert_eq!(ids("Possession of cannabis")[0], "possession-class-b");
    }

    #[test]
    fn other_words_people_use() {
        assert_eq!(ids("shoplifting")[0], "theft");
        assert_eq!(ids("drink driving")[0], "drink-drive-excess");
        assert!(ids("shopl").contains(&"theft"), "a word still being typed");
    }

    #[test]
    fn small_slips_are_forgiven() {
        assert!(ids("canabis").contains(&"possession-class-b"));
        assert_eq!(ids("shopliftnig")[0], "theft");
        assert!(ids("drink drving").contains(&"drink-drive-excess"));
    }

    #[test]
    fn one_word_for_several_offences_lists_them_all() {
        let found = ids("drug possession");
        for id in [
            "possession-class-a",
            "possession-class-b",
            "possession-class-c",
        ] {
            assert!(found.contains(&id), "{id} in {found:?}");
        }
    }

    #[test]
    fn nonsense_and_nothing_find_nothing() {
        assert!(ids("xyzzy qwv").is_empty());
        assert!(ids("").is_empty());
        assert!(ids("  of the ").is_empty());
    }

    #[test]
    fn the_name_itself_comes_first() {
        assert_eq!(ids("theft")[0], "theft");
        assert_eq!(ids("common assault")[0], "common-assault");
    }

    #[test]
    fn meaning_never_reads_cannot_tell_as_no() {
        let o = |id| crate::rules::ni::offences::offence(id).unwrap();
        assert!(meaning(o("possession-class-b")).starts_with("This offence is on the list"));
        assert!(meaning(o("theft")).starts_with("This offence is not on the list"));
        for x in OFFENCES.iter().filter(|x| x.specified.is_none()) {
            assert!(meaning(x).starts_with("We cannot tell"), "{}", x.id);
        }
        assert_eq!(
            no_match(" mobile phone "),
            "No offence matches 'mobile phone'"
        );
        assert_eq!(status(1), "1 offence matches");
        assert_eq!(status(4), "4 offences match");
    }

    /// What each query must offer, and what it must never offer: a person
    /// shown an unrelated offence may be frightened, or choose it.
    #[test]
    fn never_an_unrelated_offence() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "speeding",
                &["speeding"],
                &["malicious-communications", "voyeurism"],
            ),
            ("stealing", &["theft"], &["stalking", "supply"]),
            ("speed", &["speeding", "possession-class-b"], &[]),
            ("possession of coke", &["possession-class-a"], &[]),
            ("shoplifting", &["theft"], &[]),
            ("canabis", &["possession-class-b"], &[]),
            ("mobile phone", &[], &["speeding", "theft"]),
        ];
        for (q, must, never) in cases {
            let found = ids(q);
            for id in *must {
                assert!(found.contains(id), "{q}: {id} missing from {found:?}");
            }
            for id in *never {
                assert!(!found.contains(id), "{q}: {id} offered in {found:?}");
            }
            // Whole words first: an exact word match outranks a slip.
            if let Some(first) = must.first() {
                assert!(
                    found.iter().position(|f| f == first).unwrap_or(99) < 3,
                    "{q}: {found:?}"
                );
            }
        }
        assert!(ids("mobile phone").is_empty());
        // A slip only in a word of 5 letters or more, one letter at most.
        assert!(ids("thef").contains(&"theft"), "a word still being typed");
        assert!(ids("assualt").contains(&"common-assault"), "one slip");
        assert!(!ids("asalt").contains(&"common-assault"), "two slips");
        assert!(!ids("thfet").is_empty(), "a transposition is one slip");
    }

    #[test]
    fn distance_counts_slips() {
        let d = |a: &str, b: &str| {
            distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(d("canabis", "cannabis"), 1);
        assert_eq!(d("theft", "thetf"), 1);
        assert_eq!(d("abc", "xyz"), 3);
    }
}
