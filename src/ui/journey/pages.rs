//! The pages of the check: the routes (`routes`) are pure functions of the
//! answers, so they are tested without a browser. Pages live in the
//! URL's fragment (`#/item/1/date`), so the browser's back button works
//! and the app runs under any sub-path.

/// One page. Item and sentence numbers count from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    /// "Where were you cautioned or convicted?"
    Where,
    /// Scotland: not covered.
    NotCovered,
    /// "What is your date of birth?", once, before the first item.
    DateOfBirth,
    /// Quick entry: every question about item `i` on one page.
    QuickItem(usize),
    /// Quick entry: the items so far, each with Change and Remove.
    QuickList,
    /// Northern Ireland, on a quick-entry page only: was this conviction's
    /// offence summary-only (asked when the offence table cannot tell).
    ItemSummaryOnly(usize),
    Kind(usize),
    Date(usize),
    Under18(usize),
    /// "What was the offence?": the offence finder.
    Offence(usize),
    SentenceType(usize, usize),
    SentenceLength(usize, usize),
    Suspended(usize, usize),
    /// The sentences so far, and "did the court give another sentence?"
    Sentences(usize),
    Specified(usize),
    /// England and Wales: the day a sentence or order began.
    SentenceStart(usize, usize),
    /// England and Wales: a custodial term over 4 years, Schedule 18.
    Schedule18(usize, usize),
    /// England and Wales: compensation paid in full, and when.
    Paid(usize, usize),
    /// England and Wales: a fixed penalty notice endorsed on the licence.
    Endorsed(usize),
    /// England and Wales: the day a conditional caution's conditions ended.
    ConditionsEnd(usize),
    /// The items so far, and "do you have another to add?"
    AddAnother,
    SummaryOnly,
    CheckAnswers,
    CheckDate,
    Certificate,
    Results,
}

impl Page {
    /// The page's path in the URL fragment, without the `#`.
    pub fn path(self) -> String {
        match self {
            Page::Start => "/".into(),
            Page::Where => "/where".into(),
            Page::NotCovered => "/not-covered".into(),
            Page::DateOfBirth => "/date-of-birth".into(),
            Page::QuickItem(i) => format!("/quick/{}", i + 1),
            Page::QuickList => "/quick".into(),
            Page::ItemSummaryOnly(i) => format!("/item/{}/summary-only", i + 1),
            Page::SentenceStart(i, j) => format!("/item/{}/sentence/{}/start", i + 1, j + 1),
            Page::Schedule18(i, j) => format!("/item/{}/sentence/{}/schedule-18", i + 1, j + 1),
            Page::Paid(i, j) => format!("/item/{}/sentence/{}/paid", i + 1, j + 1),
            Page::Endorsed(i) => format!("/item/{}/endorsed", i + 1),
            Page::ConditionsEnd(i) => format!("/item/{}/conditions-end", i + 1),
            Page::Kind(i) => format!("/item/{}/kind", i + 1),
            Page::Date(i) => format!("/item/{}/date", i + 1),
            Page::Under18(i) => format!("/item/{}/age", i + 1),
            Page::Offence(i) => format!("/item/{}/offence", i + 1),
            Page::SentenceType(i, j) => format!("/item/{}/sentence/{}/type", i + 1, j + 1),
            Page::SentenceLength(i, j) => format!("/item/{}/sentence/{}/length", i + 1, j + 1),
            Page::Suspended(i, j) => format!("/item/{}/sentence/{}/suspended", i + 1, j + 1),
            Page::Sentences(i) => format!("/item/{}/sentences", i + 1),
            Page::Specified(i) => format!("/item/{}/specified", i + 1),
            Page::AddAnother => "/items".into(),
            Page::SummaryOnly => "/summary-only".into(),
            Page::CheckAnswers => "/check-answers".into(),
            Page::CheckDate => "/check-date".into(),
            Page::Certificate => "/certificate".into(),
            Page::Results => "/results".into(),
        }
    }

    /// The page for a path; `None` for a path that is no page.
    pub fn from_path(path: &str) -> Option<Page> {
        let path = path.trim_start_matches('#');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let n = |s: &str| {
            s.parse::<usize>()
                .ok()
                .filter(|&n| (1..=200).contains(&n))
                .map(|n| n - 1)
        };
        Some(match parts.as_slice() {
            [] => Page::Start,
            ["where"] => Page::Where,
            ["not-covered"] => Page::NotCovered,
            ["date-of-birth"] => Page::DateOfBirth,
            ["quick"] => Page::QuickList,
            ["quick", i] => Page::QuickItem(n(i)?),
            ["item", i, "summary-only"] => Page::ItemSummaryOnly(n(i)?),
            ["item", i, "endorsed"] => Page::Endorsed(n(i)?),
            ["item", i, "conditions-end"] => Page::ConditionsEnd(n(i)?),
            ["item", i, "sentence", j, "start"] => Page::SentenceStart(n(i)?, n(j)?),
            ["item", i, "sentence", j, "schedule-18"] => Page::Schedule18(n(i)?, n(j)?),
            ["item", i, "sentence", j, "paid"] => Page::Paid(n(i)?, n(j)?),
            ["items"] => Page::AddAnother,
            ["summary-only"] => Page::SummaryOnly,
            ["check-answers"] => Page::CheckAnswers,
            ["check-date"] => Page::CheckDate,
            ["certificate"] => Page::Certificate,
            ["results"] => Page::Results,
            ["item", i, "kind"] => Page::Kind(n(i)?),
            ["item", i, "date"] => Page::Date(n(i)?),
            ["item", i, "age"] => Page::Under18(n(i)?),
            ["item", i, "offence"] => Page::Offence(n(i)?),
            ["item", i, "sentences"] => Page::Sentences(n(i)?),
            ["item", i, "specified"] => Page::Specified(n(i)?),
            ["item", i, "sentence", j, "type"] => Page::SentenceType(n(i)?, n(j)?),
            ["item", i, "sentence", j, "length"] => Page::SentenceLength(n(i)?, n(j)?),
            ["item", i, "sentence", j, "suspended"] => Page::Suspended(n(i)?, n(j)?),
            _ => return None,
        })
    }

    /// The sentence this page asks about, if any: (item, sentence).
    pub fn sentence(self) -> Option<(usize, usize)> {
        match self {
            Page::SentenceType(i, j)
            | Page::SentenceLength(i, j)
            | Page::Suspended(i, j)
            | Page::SentenceStart(i, j)
            | Page::Schedule18(i, j)
            | Page::Paid(i, j) => Some((i, j)),
            _ => None,
        }
    }

    /// The item this page asks about, if any.
    pub fn item(self) -> Option<usize> {
        match self {
            Page::Kind(i)
            | Page::Date(i)
            | Page::Under18(i)
            | Page::Offence(i)
            | Page::SentenceType(i, _)
            | Page::SentenceLength(i, _)
            | Page::Suspended(i, _)
            | Page::Sentences(i)
            | Page::Specified(i)
            | Page::SentenceStart(i, _)
            | Page::Schedule18(i, _)
            | Page::Paid(i, _)
            | Page::Endorsed(i)
            | Page::ConditionsEnd(i)
            | Page::QuickItem(i)
            | Page::ItemSummaryOnly(i) => Some(i),
            _ => None,
        }
    }
}
