//! The front end, one folder per layer and one per jurisdiction:
//! `journey` (the questionnaire's pure logic and its one dispatch by
//! jurisdiction), `govuk` (GOV.UK components that take props only),
//! `pages` (the shared pages and the app's frame), `quick` (quick entry's
//! pages), `results` (what both
//! results pages share) and `ni` and `ew` (each jurisdiction's questions,
//! results and next steps). The pure modules are tested natively; the
//! components are Leptos, compiled for the browser only.

pub mod ew;
pub mod govuk;
pub mod journey;
pub mod ni;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod quick;
pub mod results;

#[cfg(target_arch = "wasm32")]
pub use pages::app::App;
