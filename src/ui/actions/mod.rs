//! "What you can do next": the routes that apply to one person, the
//! Reviewer's factors and a draft of Section D, a calendar file of the dates
//! that matter, and the saved-answers file. Pure Rust, tested natively; the
//! page only displays what this returns. Every route follows from the
//! engine's fields — nothing here works out the law again.

pub mod handoff;
pub mod ics;
pub mod next_steps;
pub mod reasons;

pub use handoff::{answers_file_name, download_answers, open_saved, size_problem, MAX_SAVED_BYTES};
pub use ics::{calendar, calendar_file_name, events, CalendarEvent};
pub use next_steps::{
    next_steps, Block, Contact, ContactKind, ContactRoute, Labels, Step, CONTACTS, CONTACTS_NOTE,
    NOT_LEGAL_ADVICE,
};
pub use reasons::{draft_section_d, Factor};
