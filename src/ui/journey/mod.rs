//! The questionnaire's logic, without a browser: what was answered, which
//! page comes next, what is wrong with an answer, and the case it makes.
//! Pure Rust, tested natively; the Leptos components only display it.

pub mod answers;
pub mod checks;
pub mod convert;
pub mod date_input;
pub mod ew;
pub mod offence_search;
pub mod pages;
pub mod saved;
pub mod specified;

pub use answers::*;
pub use checks::{page_problems, FieldError};
pub use convert::{from_case, item_label, to_case, Converted};
pub use pages::{after_answering, first_unanswered, next, previous, Page};
