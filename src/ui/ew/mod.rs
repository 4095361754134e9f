//! England and Wales: its questions, its results and what a person can do
//! there. `journey` and `next_steps` are pure and tested natively; the
//! components are Leptos, compiled for the browser only.

pub mod journey;
pub mod next_steps;

#[cfg(target_arch = "wasm32")]
pub mod questions;
#[cfg(target_arch = "wasm32")]
pub mod results;
