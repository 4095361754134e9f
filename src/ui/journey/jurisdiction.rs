//! What each jurisdiction's questionnaire decides for itself: `ni::journey::Ni`
//! and `ew::journey::Ew` implement it, and `dispatch` chooses between them.

use chrono::NaiveDate;

use super::answers::{Answers, ItemAnswers, SentenceAnswers};
use super::checks::FieldError;
use super::pages::Page;
use super::summary::AnswerRow;

/// What each jurisdiction's questionnaire decides for itself.
pub trait Journey {
    /// The page after `page` once it is answered (after Start, Where and
    /// NotCovered, which are shared).
    fn next(&self, page: Page, a: &Answers) -> Page;
    /// Where the Back link goes (after the shared pages and the first item's
    /// first page).
    fn previous(&self, page: Page, a: &Answers) -> Page;
    /// Every question page for these answers, in order, up to the date pages.
    fn question_pages(&self, a: &Answers) -> Vec<Page>;
    /// The problems on a page this jurisdiction checks itself; `None` where
    /// the shared checks (`checks::shared_problems`) serve.
    fn page_problems(&self, page: Page, a: &Answers, today: NaiveDate) -> Option<Vec<FieldError>>;
    /// Whether this jurisdiction's answers have `page`: `None` where the
    /// shared rule (`pages::state`) decides; results only for answers that
    /// make a case.
    fn page_exists(&self, page: Page, a: &Answers, today: NaiveDate) -> Option<bool>;
    /// Whether its items have an offence page (the offence finder).
    fn has_offence_page(&self) -> bool;
    /// The questions a quick-entry page adds for item `i` once its offence
    /// is given (Northern Ireland: summary-only, when the table cannot tell).
    fn quick_extras(&self, a: &Answers, i: usize) -> Vec<Page>;
    /// "Check your answers": item `i`'s answers in words, each with its page.
    fn answer_rows(&self, a: &Answers, i: usize) -> Vec<AnswerRow>;
    /// A sentence in words: "Fine", "Prison, 3 months, suspended".
    fn describe_sentence(&self, s: &SentenceAnswers) -> String;
    /// How "Check your answers" names the place, when it says it (not for
    /// Northern Ireland, the check's first place, whose answers never said it).
    fn place_name(&self) -> Option<&'static str>;
    /// How the questions name an item: "the caution", "the conviction".
    fn the_item(&self, it: Option<&ItemAnswers>) -> String;
}
