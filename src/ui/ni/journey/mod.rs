//! The Northern Ireland questionnaire: its route between pages, its checks,
//! the NI case it makes, and the offence table's search and the list of
//! specified offences its questions use. The journey branches here once, in
//! `journey::dispatch`.

use chrono::NaiveDate;

use crate::ui::journey::answers::{Answers, ItemAnswers, SentenceAnswers};
use crate::ui::journey::checks::{the, FieldError};
use crate::ui::journey::jurisdiction::Journey;
use crate::ui::journey::pages::Page;
use crate::ui::journey::summary::AnswerRow;

pub mod checks;
pub mod convert;
pub mod offence_search;
pub mod routes;
pub mod specified;
pub mod summary;

pub use checks::page_problems;
pub use convert::{from_case, to_case, to_case_unchecked};
pub use routes::{next, previous, question_pages};

/// The Northern Ireland journey, for the journey's one dispatch point.
pub struct Ni;

impl Journey for Ni {
    fn next(&self, page: Page, a: &Answers) -> Page {
        next(page, a)
    }
    fn previous(&self, page: Page, a: &Answers) -> Page {
        previous(page, a)
    }
    fn question_pages(&self, a: &Answers) -> Vec<Page> {
        question_pages(a)
    }
    fn page_problems(&self, page: Page, a: &Answers, today: NaiveDate) -> Option<Vec<FieldError>> {
        page_problems(page, a, today)
    }
    fn page_exists(&self, page: Page, a: &Answers, today: NaiveDate) -> Option<bool> {
        match page {
            // England and Wales's own pages.
            Page::SentenceStart(..)
            | Page::Schedule18(..)
            | Page::Paid(..)
            | Page::Endorsed(_)
            | Page::ConditionsEnd(_) => Some(false),
            // Asked only on a quick-entry page.
            Page::ItemSummaryOnly(_) => Some(false),
            Page::Results => Some(to_case(a, today).is_ok()),
            _ => None,
        }
    }
    fn has_offence_page(&self) -> bool {
        true
    }
    fn quick_extras(&self, a: &Answers, i: usize) -> Vec<Page> {
        // Summary-only matters only with another conviction, as on the guided route.
        let asks = a.items.get(i).is_some_and(|it| {
            it.is_conviction() && it.table_summary_only().is_none() && a.convictions().len() >= 2
        });
        if asks {
            vec![Page::ItemSummaryOnly(i)]
        } else {
            Vec::new()
        }
    }
    fn answer_rows(&self, a: &Answers, i: usize) -> Vec<AnswerRow> {
        summary::answer_rows(a, i)
    }
    fn describe_sentence(&self, s: &SentenceAnswers) -> String {
        summary::describe_sentence(s)
    }
    fn place_name(&self) -> Option<&'static str> {
        None
    }
    fn the_item(&self, it: Option<&ItemAnswers>) -> String {
        the(it.and_then(|it| it.kind))
    }
}
