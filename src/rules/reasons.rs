//! What reasons of both jurisdictions share.

/// Other disposals named in a reason: a few ids, and how many more.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Names {
    pub first: Vec<String>,
    pub more: usize,
}

impl Names {
    /// At most three names, in the order given, and a count of the rest.
    pub fn some<'a>(all: impl Iterator<Item = &'a str>) -> Names {
        let mut names = Names::default();
        for n in all {
            if names.first.len() < 3 {
                names.first.push(n.to_owned());
            } else {
                names.more += 1;
            }
        }
        names
    }
    pub fn count(&self) -> usize {
        self.first.len() + self.more
    }
}

/// `s` with its first letter a capital, for a phrase that starts a sentence
/// ("a caution" → "A caution"). ASCII only: the app's words are ASCII, and
/// Unicode's case tables would add to the download.
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
        .unwrap_or_default()
}

/// A person's age group at the time, as the reasons say it.
pub fn age(under_18: bool) -> &'static str {
    if under_18 {
        "under 18"
    } else {
        "18 or over"
    }
}

/// "the fine on the 1 January 2010 conviction (its-id)": a sentence of a
/// conviction, named in a reason. `noun` is the sentence with its article
/// ("a fine"), which gives way to "the".
pub fn the_sentence_on(noun: &str, date: chrono::NaiveDate, id: &str) -> String {
    let bare = noun
        .strip_prefix("a ")
        .or_else(|| noun.strip_prefix("an "))
        .unwrap_or(noun);
    format!(
        "the {bare} on the {} conviction ({id})",
        crate::rules::dates::long_date(date)
    )
}
