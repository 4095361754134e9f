//! Northern Ireland criminal record self-check.
//!
//! `rules` is the legal engine: pure Rust, no browser, no clock, no I/O.
//! `util` is what is not law (JSON, ordering).
//! `ui` is the front end: `ui::journey` is the questionnaire's pure logic
//! (native and wasm); the Leptos components are wasm only. It asks, shows
//! and explains, and never computes a legal result itself.

// Test code may sort and case-map as it likes (clippy.toml limits the app).
#![cfg_attr(test, allow(clippy::disallowed_methods, clippy::disallowed_types))]

pub mod rules;
pub mod sample;
pub mod util;

pub mod ui;

/// Timing the engine in the browser for `scripts/bench` (`--features bench`; not in the app).
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;
