//! What both jurisdictions' results pages share: the contacts table, the
//! calendar file (.ics) and the hand-off file (pure, tested natively); the
//! results module's loader, the page's shared parts, the steps of "What you
//! can do", the draft helper and "Keep a record" (Leptos, browser only).

pub mod contacts;
pub mod handoff;
pub mod ics;

#[cfg(target_arch = "wasm32")]
pub mod draft;
#[cfg(target_arch = "wasm32")]
pub mod keep_a_record;
#[cfg(target_arch = "wasm32")]
#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod steps;
