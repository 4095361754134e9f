//! The app's state in the browser: the answers, the page (kept in the URL
//! fragment so the back button works), the errors on the current page, and
//! the person's choice to save. Answers stay in memory unless saved.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::journey::saved::{self, Saved};
use crate::ui::journey::saving::{Attempt, Told};
use crate::ui::journey::{
    after_answering, first_unanswered, page_problems, Answers, FieldError, Page,
};
use crate::ui::pages::device;

/// Bumped when `Answers` changes shape; older saves are discarded.
pub const STORAGE_VERSION: u32 = 1;

/// Everything the pages share.
#[derive(Clone, Copy)]
pub struct AppState {
    pub answers: RwSignal<Answers>,
    pub page: RwSignal<Page>,
    /// Reached from a Change link on "Check your answers".
    pub changing: RwSignal<bool>,
    pub errors: RwSignal<Vec<FieldError>>,
    /// The person chose "Save my answers on this device".
    pub saving: RwSignal<bool>,
    /// A message about saved answers (for example, old ones discarded).
    pub notice: RwSignal<Option<String>>,
    /// What the person is told when the browser would not save or delete
    /// their answers (shown by the frame on whatever page they are on).
    pub storage: RwSignal<Told>,
    /// The page saved with the answers, to resume there.
    pub saved_page: RwSignal<Option<Page>>,
    /// Today by the browser's clock, read once at start.
    pub today: NaiveDate,
}

impl AppState {
    pub fn new(today: NaiveDate) -> Self {
        AppState {
            answers: RwSignal::new(Answers::default()),
            page: RwSignal::new(Page::Start),
            changing: RwSignal::new(false),
            errors: RwSignal::new(Vec::new()),
            saving: RwSignal::new(false),
            notice: RwSignal::new(None),
            storage: RwSignal::new(Told::default()),
            saved_page: RwSignal::new(None),
            today,
        }
    }

    /// Goes to a page by changing the URL fragment (a history entry).
    pub fn go(&self, page: Page) {
        self.go_with(page, false);
    }

    /// Goes to a page to change an answer, coming back to "Check your answers".
    pub fn change(&self, page: Page) {
        self.go_with(page, true);
    }

    fn go_with(&self, page: Page, changing: bool) {
        let hash = fragment(page, changing);
        if let Some(w) = web_sys::window() {
            if w.location().hash().ok().as_deref() == Some(hash.as_str()) {
                self.show(page, changing);
            } else {
                let _ = w.location().set_hash(&hash);
            }
        }
    }

    /// Shows the page the URL names, or the nearest page that can be shown.
    pub fn follow_location(&self) {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let (path, query) = hash
            .trim_start_matches('#')
            .split_once('?')
            .unwrap_or((hash.trim_start_matches('#'), ""));
        let page = Page::from_path(path).unwrap_or(Page::Start);
        if query == "quick" {
            // The start page's "Use quick entry" link.
            self.answers.update(|a| a.quick = true);
        }
        self.show(page, query == "change");
    }

    fn show(&self, page: Page, changing: bool) {
        let page = self
            .answers
            .with_untracked(|a| reachable(page, a, self.today));
        self.errors.set(Vec::new());
        self.changing.set(changing);
        self.page.set(page);
        self.save_if_chosen();
    }

    /// Continue: checks the page's answer; moves on, or shows the errors.
    pub fn submit(&self) -> bool {
        let page = self.page.get_untracked();
        let problems = self
            .answers
            .with_untracked(|a| page_problems(page, a, self.today));
        if problems.is_empty() {
            let next = self.answers.with_untracked(|a| {
                after_answering(page, a, self.changing.get_untracked(), self.today)
            });
            self.go(next);
            true
        } else {
            self.errors.set(problems);
            false
        }
    }

    /// Continue to a chosen page (quick entry's "Save and add another
    /// item"): checks the page's answers; moves on, or shows the errors.
    pub fn submit_to(&self, next: Page) {
        let page = self.page.get_untracked();
        let problems = self
            .answers
            .with_untracked(|a| page_problems(page, a, self.today));
        if problems.is_empty() {
            self.changing.set(false);
            self.go(next);
        } else {
            self.errors.set(problems);
        }
    }

    /// Updates the answers (and the saved copy, if the person chose to save).
    pub fn update(&self, f: impl FnOnce(&mut Answers)) {
        self.answers.update(f);
        self.save_if_chosen();
    }

    /// Writes the answers and page to this device, only if the person chose to.
    pub fn save_if_chosen(&self) {
        if self.saving.get_untracked() {
            let page = self.page.get_untracked().path();
            let saved = self.answers.with_untracked(|a| store(a, page));
            self.tell(Attempt::Save, saved);
        }
    }

    /// Deletes the saved answers, telling the person if the browser would not.
    fn delete_saved(&self) {
        self.tell(Attempt::Delete, device::delete().is_ok());
    }

    /// Records whether the browser did what was asked; the message on the
    /// page changes (and is announced) only when what is said changes.
    fn tell(&self, attempt: Attempt, worked: bool) {
        self.storage
            .maybe_update(|told| told.record(attempt, worked));
    }

    /// "Save my answers on this device": on, or off (which deletes them).
    pub fn set_saving(&self, on: bool) {
        self.saving.set(on);
        if on {
            self.save_if_chosen();
        } else {
            self.delete_saved();
        }
    }

    /// "Delete my answers": forgets everything, here and in storage.
    pub fn delete_all(&self) {
        self.delete_saved();
        self.saving.set(false);
        self.answers.set(Answers::default());
        self.go(Page::Start);
    }

    /// Reads answers saved earlier, if any; damaged or old ones are removed
    /// with a message, never a crash.
    pub fn load_saved(&self) {
        let Some(raw) = device::read() else { return };
        match saved::read(&raw) {
            Some(saved) if saved.version == STORAGE_VERSION => {
                self.answers.set(saved.answers);
                self.saved_page.set(Page::from_path(&saved.page));
                self.saving.set(true);
            }
            _ => {
                self.delete_saved();
                self.notice.set(Some(
                    "Some answers saved on this device earlier could not be read, so we deleted them. Please start again."
                        .into(),
                ));
            }
        }
    }

    /// Where a person with saved answers carries on: the page they were on.
    pub fn resume_page(&self) -> Page {
        if let Some(page) = self.saved_page.get_untracked() {
            return self
                .answers
                .with_untracked(|a| reachable(page, a, self.today));
        }
        self.answers.with_untracked(|a| {
            if a.items.is_empty() {
                Page::Start
            } else {
                match first_unanswered(a, self.today) {
                    Some(p) => p,
                    None => Page::Results,
                }
            }
        })
    }
}

/// Saves the answers and page; false when the browser would not.
fn store(a: &Answers, page: String) -> bool {
    let saved = Saved {
        version: STORAGE_VERSION,
        answers: a.clone(),
        page,
    };
    device::save(&saved).is_ok()
}

/// The URL fragment of a page.
pub fn fragment(page: Page, changing: bool) -> String {
    if changing {
        format!("#{}?change", page.path())
    } else {
        format!("#{}", page.path())
    }
}

/// A page that can be shown with these answers: a link to a page that does
/// not exist yet (an old bookmark, a removed item) goes to the next page to answer.
fn reachable(page: Page, a: &Answers, today: NaiveDate) -> Page {
    let items = a.items.len();
    let sentences = |i: usize| a.items.get(i).map_or(0, |it| it.sentences.len());
    let own = crate::ui::journey::dispatch::journey(a).page_exists(page, a, today);
    let ok = match page {
        _ if own.is_some() => own == Some(true),
        Page::Start | Page::Where => true,
        Page::DateOfBirth => a
            .jurisdiction
            .is_some_and(|p| p != crate::ui::journey::Place::Scotland),
        Page::QuickItem(i) => i <= items,
        Page::QuickList => items > 0,
        Page::NotCovered => a.jurisdiction == Some(crate::ui::journey::Place::Scotland),
        Page::Kind(i) => i <= items,
        Page::SentenceType(i, j) => i < items && j <= sentences(i) && a.items[i].is_conviction(),
        Page::SentenceLength(i, j) | Page::Suspended(i, j) => i < items && j < sentences(i),
        Page::Sentences(i) => i < items && a.items[i].is_conviction(),
        p if p.item().is_some() => p.item().is_some_and(|i| i < items),
        Page::AddAnother | Page::CheckAnswers | Page::SummaryOnly => items > 0,
        Page::CheckDate | Page::Certificate => items > 0 && first_unanswered_before_dates(a, today),
        _ => true,
    };
    if ok {
        page
    } else if items == 0 {
        Page::Start
    } else {
        first_unanswered(a, today).unwrap_or(Page::CheckAnswers)
    }
}

fn first_unanswered_before_dates(a: &Answers, today: NaiveDate) -> bool {
    matches!(
        first_unanswered(a, today),
        None | Some(Page::CheckDate) | Some(Page::Certificate)
    )
}

/// The app's state, from the context `App` provides.
pub fn state() -> AppState {
    expect_context::<AppState>()
}
