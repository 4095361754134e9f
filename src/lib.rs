//! Northern Ireland criminal record self-check.
//!
//! `rules` is the legal engine: pure Rust, no browser, no clock, no I/O.
//! `ui` is the Leptos front end (wasm only); it asks, shows and explains,
//! and never computes a legal result itself.

pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod ui;
