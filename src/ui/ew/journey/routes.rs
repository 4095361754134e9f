//! The England and Wales route between pages.

use crate::rules::ew::Kind;
use crate::ui::journey::answers::{Answers, ItemAnswers};
use crate::ui::journey::pages::Page;
use crate::ui::journey::routes::age_or_date;

use super::sentence_pages;

/// The question after an item's sentences (or its age, for a caution).
fn item_end(a: &Answers, i: usize) -> Page {
    match a.items.get(i).and_then(|it| it.ew_kind) {
        Some(Kind::FixedPenaltyNotice) => Page::Endorsed(i),
        Some(Kind::ConditionalCaution) => Page::ConditionsEnd(i),
        _ => Page::Specified(i),
    }
}

/// The last question of an item: the offence, or for a fixed penalty
/// notice (which is never on a certificate) whether it was endorsed.
fn item_last(a: &Answers, i: usize) -> Page {
    match a.items.get(i).and_then(|it| it.ew_kind) {
        Some(Kind::FixedPenaltyNotice) => Page::Endorsed(i),
        _ => Page::Specified(i),
    }
}

pub fn next(page: Page, a: &Answers) -> Page {
    let item = |i: usize| a.items.get(i);
    match page {
        Page::Kind(i) => Page::Date(i),
        Page::Date(i) if a.asks_under_18(i) => Page::Under18(i),
        Page::Date(i) | Page::Under18(i) | Page::Offence(i) => match item(i) {
            Some(it) if it.is_conviction() && it.sentences.is_empty() => Page::SentenceType(i, 0),
            Some(it) if it.is_conviction() => Page::Sentences(i),
            _ => item_end(a, i),
        },
        Page::SentenceType(i, j)
        | Page::SentenceLength(i, j)
        | Page::SentenceStart(i, j)
        | Page::Suspended(i, j)
        | Page::Paid(i, j)
        | Page::Schedule18(i, j) => {
            let pages = sentence_pages(a, i, j);
            pages
                .iter()
                .position(|&p| p == page)
                .and_then(|n| pages.get(n + 1).copied())
                .unwrap_or(Page::Sentences(i))
        }
        Page::Sentences(i) => match item(i) {
            Some(it) if it.more_sentences == Some(true) => {
                Page::SentenceType(i, it.sentences.len())
            }
            _ => item_end(a, i),
        },
        Page::ConditionsEnd(i) => Page::Specified(i),
        Page::Specified(_) | Page::Endorsed(_) => Page::AddAnother,
        Page::AddAnother if a.more_items() => Page::Kind(a.items.len()),
        Page::AddAnother | Page::SummaryOnly => Page::CheckAnswers,
        Page::CheckAnswers => Page::CheckDate,
        _ => Page::Results,
    }
}

pub fn previous(page: Page, a: &Answers) -> Page {
    let sentences = |i: usize| a.items.get(i).map_or(0, |it| it.sentences.len());
    let conviction = |i: usize| a.items.get(i).is_some_and(ItemAnswers::is_conviction);
    match page {
        Page::Kind(_) => Page::AddAnother,
        Page::Date(i) => Page::Kind(i),
        Page::Under18(i) | Page::Offence(i) => Page::Date(i),
        Page::SentenceType(i, 0) => age_or_date(a, i),
        Page::SentenceType(i, _) => Page::Sentences(i),
        Page::SentenceLength(i, j)
        | Page::SentenceStart(i, j)
        | Page::Suspended(i, j)
        | Page::Paid(i, j)
        | Page::Schedule18(i, j) => {
            let pages = sentence_pages(a, i, j);
            match pages.iter().position(|&p| p == page) {
                Some(n) if n > 0 => pages[n - 1],
                _ => Page::SentenceType(i, j),
            }
        }
        Page::Sentences(i) => match sentences(i) {
            0 => age_or_date(a, i),
            n => *sentence_pages(a, i, n - 1)
                .last()
                .unwrap_or(&Page::SentenceType(i, n - 1)),
        },
        Page::Specified(i) if item_end(a, i) == Page::ConditionsEnd(i) => Page::ConditionsEnd(i),
        Page::Specified(i) | Page::Endorsed(i) if conviction(i) => Page::Sentences(i),
        Page::Specified(i) | Page::Endorsed(i) | Page::ConditionsEnd(i) => age_or_date(a, i),
        Page::AddAnother => match a.items.len() {
            0 => Page::Where,
            n => item_last(a, n - 1),
        },
        Page::SummaryOnly | Page::CheckAnswers => Page::AddAnother,
        Page::CheckDate => Page::CheckAnswers,
        _ => Page::CheckDate,
    }
}

/// Every question page for these answers, in order, up to the check date.
pub fn question_pages(a: &Answers) -> Vec<Page> {
    let mut pages = Vec::new();
    for (i, it) in a.items.iter().enumerate() {
        pages.extend([Page::Kind(i), Page::Date(i)]);
        if a.asks_under_18(i) {
            pages.push(Page::Under18(i));
        }
        if it.is_conviction() {
            if it.sentences.is_empty() {
                pages.push(Page::SentenceType(i, 0));
            }
            for j in 0..it.sentences.len() {
                pages.extend(sentence_pages(a, i, j));
            }
            pages.push(Page::Sentences(i));
        }
        pages.push(item_end(a, i));
        if item_end(a, i) == Page::ConditionsEnd(i) {
            pages.push(Page::Specified(i));
        }
    }
    pages.push(Page::CheckDate);
    pages
}
