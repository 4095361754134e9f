//! The way between pages: pure functions of the answers, so the routes are
//! tested without a browser. The start and "Where" pages are shared; after
//! them each jurisdiction routes its own questions (`dispatch`).

use chrono::NaiveDate;

use super::answers::{Answers, Place};
use super::checks::{err, shared_problems, FieldError};
use super::dispatch::journey;
use super::pages::Page;
use super::quick;

/// The page after `page` once it is answered, in the ordinary journey.
pub fn next(page: Page, a: &Answers) -> Page {
    if a.quick {
        if let Some(p) = quick::next(page, a) {
            return p;
        }
    }
    match page {
        Page::Start => Page::Where,
        Page::Where if a.jurisdiction == Some(Place::Scotland) => Page::NotCovered,
        Page::Where => Page::DateOfBirth,
        Page::DateOfBirth | Page::NotCovered => Page::Kind(0),
        _ => journey(a).next(page, a),
    }
}

/// Where the Back link goes.
pub fn previous(page: Page, a: &Answers) -> Page {
    if a.quick {
        if let Some(p) = quick::previous(page, a) {
            return p;
        }
    }
    match page {
        Page::Start => Page::Start,
        Page::Where => Page::Start,
        Page::NotCovered | Page::DateOfBirth => Page::Where,
        Page::Kind(0) => Page::DateOfBirth,
        _ => journey(a).previous(page, a),
    }
}

/// The page before the questions after item `i`'s date: "under 18?" when it
/// is asked, else the date.
pub fn age_or_date(a: &Answers, i: usize) -> Page {
    if a.asks_under_18(i) {
        Page::Under18(i)
    } else {
        Page::Date(i)
    }
}

/// Every question page of the journey for these answers, in order, up to
/// the date pages (Start and Results are not questions).
pub fn question_pages(a: &Answers) -> Vec<Page> {
    let mut pages = Vec::new();
    // Answers saved before the date of birth was asked have every item's
    // "under 18" instead: they are not asked it now.
    if a.birth.given.is_some() || a.items.is_empty() {
        pages.push(Page::DateOfBirth);
    }
    if a.quick {
        pages.extend(quick::question_pages(a));
    } else {
        pages.extend(journey(a).question_pages(a));
    }
    pages
}

/// Every problem with the answer on `page`; empty when it can go on.
pub fn page_problems(page: Page, a: &Answers, today: NaiveDate) -> Vec<FieldError> {
    if page == Page::Where {
        return match a.jurisdiction {
            Some(_) => Vec::new(),
            None => err("where", "Select where you were cautioned or convicted"),
        };
    }
    if let Some(problems) = quick_problems(page, a, today) {
        return problems;
    }
    if let Some(problems) = journey(a).page_problems(page, a, today) {
        return problems;
    }
    shared_problems(page, a, today)
}

/// The problems on quick entry's own pages; `None` for the pages it shares.
fn quick_problems(page: Page, a: &Answers, today: NaiveDate) -> Option<Vec<FieldError>> {
    Some(match page {
        Page::QuickItem(i) => item_problems(a, i, today),
        Page::QuickList if a.items.is_empty() => {
            err("add-item", "Add at least one caution or conviction")
        }
        Page::QuickList => Vec::new(),
        _ => return None,
    })
}

/// Every problem on the quick page for item `i`: each of its guided pages'
/// problems, all at once, each naming its field on this page.
pub fn item_problems(a: &Answers, i: usize, today: NaiveDate) -> Vec<FieldError> {
    if i >= a.items.len() {
        // Nothing typed yet: its first question.
        return page_problems(Page::Kind(i), a, today);
    }
    let mut out = Vec::new();
    for page in quick::item_pages(a, i) {
        let prefix = quick::field_prefix(page);
        for e in page_problems(page, a, today) {
            out.push(FieldError {
                field: format!("{prefix}{}", e.field),
                message: e.message,
            });
        }
    }
    out
}

/// The first question of the first item, on either route.
fn first_item_page(a: &Answers) -> Page {
    if a.quick {
        Page::QuickItem(0)
    } else {
        Page::Kind(0)
    }
}

/// The first question page still to answer, in either jurisdiction: a case
/// is made only from answers every page accepts.
pub(crate) fn first_page_to_answer(a: &Answers, today: NaiveDate) -> Option<Page> {
    if a.items.is_empty() {
        return Some(first_item_page(a));
    }
    question_pages(a)
        .into_iter()
        .find(|&p| !page_problems(p, a, today).is_empty())
}

/// The first page still unanswered or with a problem; `None` when every
/// answer is in. Used after a change from "Check your answers" and to
/// resume saved answers.
pub fn first_unanswered(a: &Answers, today: NaiveDate) -> Option<Page> {
    if a.items.is_empty() {
        return Some(first_item_page(a));
    }
    question_pages(a).into_iter().find(|&p| {
        !page_problems(p, a, today).is_empty()
            || (p == Page::SummaryOnly && !a.summary_only_answered)
    })
}

/// Where to go after answering `page`: in the ordinary journey the next page;
/// after a change from "Check your answers", the first page still to answer
/// for this item, or back to "Check your answers".
pub fn after_answering(page: Page, a: &Answers, changing: bool, today: NaiveDate) -> Page {
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
