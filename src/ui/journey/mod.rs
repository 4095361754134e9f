//! The questionnaire's logic, without a browser: what was answered, which
//! page comes next, what is wrong with an answer, and the case it makes.
//! Pure Rust, tested natively; the Leptos components only display it. What
//! both jurisdictions share is here; each one's own questions are in
//! `ni::journey` and `ew::journey`, chosen in one place: `dispatch`.

pub mod age;
pub mod answers;
pub mod checks;
pub mod convert;
pub mod date_input;
pub mod dispatch;
pub mod jurisdiction;
pub mod pages;
pub mod quick;
pub mod routes;
pub mod saved;
pub mod saving;
pub mod summary;

pub use answers::*;
pub use checks::FieldError;
pub use convert::{item_label, Converted};
pub use pages::Page;
pub use routes::{
    after_answering, first_unanswered, next, page_problems, previous, question_pages,
};
