//! GOV.UK components: they take props, render HTML and read no app state.

#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod markup;
