//! The Northern Ireland route between pages: the page after each answer,
//! the Back link, and every question page for the answers given.

use crate::rules::ni::catalogue::Asks;
use crate::ui::journey::answers::Answers;
use crate::ui::journey::pages::Page;
use crate::ui::journey::routes::age_or_date;

/// The page after `page` once it is answered, in the ordinary NI journey
/// (after Start, Where and NotCovered, which `journey::routes` routes).
pub fn next(page: Page, a: &Answers) -> Page {
    let item = |i: usize| a.items.get(i);
    match page {
        Page::Start | Page::Where | Page::NotCovered | Page::DateOfBirth => Page::Kind(0),
        Page::QuickItem(_) | Page::ItemSummaryOnly(_) => Page::QuickList,
        Page::QuickList => Page::CheckAnswers,
        Page::SentenceStart(i, _) | Page::Schedule18(i, _) | Page::Paid(i, _) => Page::Sentences(i),
        Page::Endorsed(_) | Page::ConditionsEnd(_) => Page::AddAnother,
        Page::Kind(i) => Page::Date(i),
        Page::Date(i) if a.asks_under_18(i) => Page::Under18(i),
        Page::Date(i) | Page::Under18(i) => Page::Offence(i),
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

/// Where the Back link goes (after Start, Where, NotCovered and the first
/// item's first page, which `journey::routes` routes).
pub fn previous(page: Page, a: &Answers) -> Page {
    match page {
        Page::Start | Page::Where | Page::NotCovered => Page::Start,
        Page::DateOfBirth => Page::Where,
        Page::Kind(0) => Page::DateOfBirth,
        Page::QuickItem(_) | Page::ItemSummaryOnly(_) | Page::QuickList => Page::QuickList,
        Page::SentenceStart(i, _) | Page::Schedule18(i, _) | Page::Paid(i, _) => Page::Sentences(i),
        Page::Endorsed(i) | Page::ConditionsEnd(i) => age_or_date(a, i),
        Page::Kind(_) => Page::AddAnother,
        Page::Date(i) => Page::Kind(i),
        Page::Under18(i) => Page::Date(i),
        Page::Offence(i) => age_or_date(a, i),
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
fn after_sentences(a: &Answers, i: usize) -> Page {
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

/// Every question page of the NI journey for these answers, in order, up
/// to the date pages (Start and Results are not questions).
pub fn question_pages(a: &Answers) -> Vec<Page> {
    let mut pages = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        pages.extend([Page::Kind(i), Page::Date(i)]);
        if a.asks_under_18(i) {
            pages.push(Page::Under18(i));
        }
        pages.push(Page::Offence(i));
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
