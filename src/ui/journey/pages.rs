//! The pages of the check and the way between them: pure functions of the
//! answers, so the routes are tested without a browser. Pages live in the
//! URL's fragment (`#/item/1/date`), so the browser's back button works
//! and the app runs under any sub-path.

use crate::rules::catalogue::Asks;

use super::answers::{Answers, Place};
use super::checks::page_problems;

/// One page. Item and sentence numbers count from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    /// "Where were you cautioned or convicted?"
    Where,
    /// Scotland: not covered.
    NotCovered,
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
            | Page::ConditionsEnd(i) => Some(i),
            _ => None,
        }
    }
}

/// The page after `page` once it is answered, in the ordinary journey.
pub fn next(page: Page, a: &Answers) -> Page {
    match page {
        Page::Start => return Page::Where,
        Page::Where if a.jurisdiction == Some(Place::Scotland) => return Page::NotCovered,
        Page::Where | Page::NotCovered => return Page::Kind(0),
        _ if a.is_ew() => return super::ew::next(page, a),
        _ => {}
    }
    let item = |i: usize| a.items.get(i);
    match page {
        Page::Start | Page::Where | Page::NotCovered => Page::Kind(0),
        Page::SentenceStart(i, _) | Page::Schedule18(i, _) | Page::Paid(i, _) => Page::Sentences(i),
        Page::Endorsed(_) | Page::ConditionsEnd(_) => Page::AddAnother,
        Page::Kind(i) => Page::Date(i),
        Page::Date(i) => Page::Under18(i),
        Page::Under18(i) => Page::Offence(i),
        Page::Offence(i) => match item(i) {
            Some(it) if it.is_conviction() && it.sentences.is_empty() => Page::SentenceType(i, 0),
            Some(it) if it.is_conviction() => Page::Sentences(i),
            _ => after_sentences(a, i),
        },
        Page::SentenceType(i, j) => match sentence_asks(a, i, j) {
            Some(Asks::Nothing) | None => Page::Sentences(i),
            Some(_) => Page::SentenceLength(i, j),
        },
        Page::SentenceLength(i, j) => match sentence_asks(a, i, j) {
            Some(Asks::TermAndSuspended) => Page::Suspended(i, j),
            _ => Page::Sentences(i),
        },
        Page::Suspended(i, _) => Page::Sentences(i),
        Page::Sentences(i) => match item(i) {
            Some(it) if it.more_sentences == Some(true) => {
                Page::SentenceType(i, it.sentences.len())
            }
            _ => after_sentences(a, i),
        },
        Page::Specified(_) => Page::AddAnother,
        Page::AddAnother => {
            if a.more_items() {
                Page::Kind(a.items.len())
            } else if a.asks_summary_only() {
                Page::SummaryOnly
            } else {
                Page::CheckAnswers
            }
        }
        Page::SummaryOnly => Page::CheckAnswers,
        Page::CheckAnswers => Page::CheckDate,
        Page::CheckDate => Page::Certificate,
        Page::Certificate | Page::Results => Page::Results,
    }
}

/// Where the Back link goes.
pub fn previous(page: Page, a: &Answers) -> Page {
    match page {
        Page::Start => return Page::Start,
        Page::Where => return Page::Start,
        Page::NotCovered | Page::Kind(0) => return Page::Where,
        _ if a.is_ew() => return super::ew::previous(page, a),
        _ => {}
    }
    match page {
        Page::Start | Page::Where | Page::NotCovered | Page::Kind(0) => Page::Start,
        Page::SentenceStart(i, _) | Page::Schedule18(i, _) | Page::Paid(i, _) => Page::Sentences(i),
        Page::Endorsed(i) | Page::ConditionsEnd(i) => Page::Under18(i),
        Page::Kind(_) => Page::AddAnother,
        Page::Date(i) => Page::Kind(i),
        Page::Under18(i) => Page::Date(i),
        Page::Offence(i) => Page::Under18(i),
        Page::SentenceType(i, 0) => Page::Offence(i),
        Page::SentenceType(i, _) => Page::Sentences(i),
        Page::SentenceLength(i, j) => Page::SentenceType(i, j),
        Page::Suspended(i, j) => Page::SentenceLength(i, j),
        Page::Sentences(i) => match a.items.get(i).map_or(0, |it| it.sentences.len()) {
            0 => Page::Offence(i),
            n => last_page_of_sentence(a, i, n - 1),
        },
        Page::Specified(i) => before_specified(a, i),
        Page::AddAnother => match a.items.len() {
            0 => Page::Start,
            n if a.items[n - 1].asks_specified() => Page::Specified(n - 1),
            n => before_specified(a, n - 1),
        },
        Page::SummaryOnly => Page::AddAnother,
        Page::CheckAnswers => {
            if a.asks_summary_only() {
                Page::SummaryOnly
            } else {
                Page::AddAnother
            }
        }
        Page::CheckDate => Page::CheckAnswers,
        Page::Certificate => Page::CheckDate,
        Page::Results => Page::Certificate,
    }
}

/// After an item's sentences (or its offence, for a caution): the
/// "specified" question only when the offence table cannot answer it.
pub(super) fn after_sentences(a: &Answers, i: usize) -> Page {
    match a.items.get(i) {
        Some(it) if !it.asks_specified() => Page::AddAnother,
        _ => Page::Specified(i),
    }
}

/// The page before the "specified" question (or before the item list when
/// the table answered it).
fn before_specified(a: &Answers, i: usize) -> Page {
    match a.items.get(i) {
        Some(it) if it.is_conviction() => Page::Sentences(i),
        _ => Page::Offence(i),
    }
}

fn sentence_asks(a: &Answers, i: usize, j: usize) -> Option<Asks> {
    Some(a.items.get(i)?.sentences.get(j)?.kind?.asks())
}

fn last_page_of_sentence(a: &Answers, i: usize, j: usize) -> Page {
    match sentence_asks(a, i, j) {
        Some(Asks::TermAndSuspended) => Page::Suspended(i, j),
        Some(Asks::Term) | Some(Asks::LengthOrEndDate) => Page::SentenceLength(i, j),
        _ => Page::SentenceType(i, j),
    }
}

/// Every question page of the journey for these answers, in order, up to
/// the date pages (Start and Results are not questions).
pub fn question_pages(a: &Answers) -> Vec<Page> {
    if a.is_ew() {
        return super::ew::question_pages(a);
    }
    let mut pages = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        pages.extend([
            Page::Kind(i),
            Page::Date(i),
            Page::Under18(i),
            Page::Offence(i),
        ]);
        if it.is_conviction() {
            if it.sentences.is_empty() {
                pages.push(Page::SentenceType(i, 0));
            }
            for (j, s) in it.sentences.iter().enumerate() {
                pages.push(Page::SentenceType(i, j));
                match s.kind.map(|k| k.asks()) {
                    Some(Asks::Term) | Some(Asks::LengthOrEndDate) => {
                        pages.push(Page::SentenceLength(i, j))
                    }
                    Some(Asks::TermAndSuspended) => {
                        pages.extend([Page::SentenceLength(i, j), Page::Suspended(i, j)]);
                    }
                    _ => {}
                }
            }
            pages.push(Page::Sentences(i));
        }
        if it.asks_specified() {
            pages.push(Page::Specified(i));
        }
    }
    if a.asks_summary_only() {
        pages.push(Page::SummaryOnly);
    }
    pages.extend([Page::CheckDate, Page::Certificate]);
    pages
}

/// The first page still unanswered or with a problem; `None` when every
/// answer is in. Used after a change from "Check your answers" and to
/// resume saved answers.
pub fn first_unanswered(a: &Answers, today: chrono::NaiveDate) -> Option<Page> {
    if a.items.is_empty() {
        return Some(Page::Kind(0));
    }
    question_pages(a).into_iter().find(|&p| {
        !page_problems(p, a, today).is_empty()
            || (p == Page::SummaryOnly && !a.summary_only_answered)
    })
}

/// Where to go after answering `page`: in the ordinary journey the next page;
/// after a change from "Check your answers", the first page still to answer
/// for this item, or back to "Check your answers".
pub fn after_answering(page: Page, a: &Answers, changing: bool, today: chrono::NaiveDate) -> Page {
    if page == Page::CheckAnswers {
        // Leaving "Check your answers" with an item unfinished (a removal or
        // an old saved file) goes to its first missing answer.
        return match first_unanswered(a, today) {
            Some(p) if p != Page::CheckDate && p != Page::Certificate => p,
            _ => Page::CheckDate,
        };
    }
    if !changing {
        return next(page, a);
    }
    match first_unanswered(a, today) {
        Some(p) if p != Page::CheckDate && p != Page::Certificate => p,
        _ => Page::CheckAnswers,
    }
}
