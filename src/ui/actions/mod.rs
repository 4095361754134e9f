//! "What you can do next": the routes that apply to one person, the
//! Reviewer's factors and a draft of Section D, the five areas of the Take
//! Action Toolkit for Northern Ireland, the charity trustee rule, a draft
//! statement for an employer, the contacts table, a calendar file of the
//! dates that matter, and the saved-answers file. Pure Rust, tested
//! natively; the page only displays what this returns. Every route follows
//! from the engine's fields and the person's answers — nothing here works out
//! the law again.

pub mod areas;
pub mod contacts;
pub mod disclosure;
pub mod ew;
pub mod handoff;
pub mod ics;
pub mod next_steps;
pub mod reasons;
pub mod trustee;

pub use crate::rules::ni::barring::appeal_by;
pub use areas::{barring, panels, Panel, NOT_FOR_APPEALS};
pub use contacts::{contact, Contact, ContactKind, ContactRoute, Org, CONTACTS, CONTACTS_NOTE};
pub use disclosure::{draft_disclosure, shown_items, Part, ON_THIS_DEVICE};
pub use handoff::{
    answers_file_name, download_answers, download_any, open_saved, open_saved_any, size_problem,
    MAX_SAVED_BYTES,
};
pub use ics::{calendar, calendar_file, calendar_file_name, events, CalendarEvent};
pub use next_steps::{next_steps, Block, Labels, Step, NOT_LEGAL_ADVICE};
pub use reasons::{draft_section_d, Factor};
pub use trustee::{convictions, trustee, trustee_body, trustee_intro, Trustee};
