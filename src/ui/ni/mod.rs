//! Northern Ireland: its questions, its results and what a person can do
//! there. `journey` and the "what you can do" modules are pure and tested
//! natively (every route follows from the engine's fields and the person's
//! answers; every word of the panels is data here); the components are
//! Leptos, compiled for the browser only.

pub mod areas;
pub mod disclosure;
pub mod journey;
pub mod next_steps;
pub mod review_factors;
pub mod trustee;

#[cfg(target_arch = "wasm32")]
pub mod offence_finder;
#[cfg(target_arch = "wasm32")]
pub mod panels;
#[cfg(target_arch = "wasm32")]
pub mod questions;
#[cfg(target_arch = "wasm32")]
pub mod results;
#[cfg(target_arch = "wasm32")]
pub mod take_action;
