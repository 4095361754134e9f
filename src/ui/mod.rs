//! The front end. `journey` is pure and tested natively; the components
//! below are Leptos, compiled for the browser only.

pub mod actions;
pub mod journey;
pub mod markup;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod check_answers;
#[cfg(target_arch = "wasm32")]
pub mod download;
#[cfg(target_arch = "wasm32")]
mod ew_questions;
#[cfg(target_arch = "wasm32")]
mod ew_results;
#[cfg(target_arch = "wasm32")]
pub mod front_door;
#[cfg(target_arch = "wasm32")]
pub mod offence_finder;
#[cfg(target_arch = "wasm32")]
pub mod questions;
#[cfg(target_arch = "wasm32")]
pub mod results;
#[cfg(target_arch = "wasm32")]
mod results_module;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod take_action;
#[cfg(target_arch = "wasm32")]
mod take_action_panels;
#[cfg(target_arch = "wasm32")]
pub mod widgets;

#[cfg(target_arch = "wasm32")]
pub use app::App;
