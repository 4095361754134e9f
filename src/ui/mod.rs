//! The front end. `journey` is pure and tested natively; the components
//! below are Leptos, compiled for the browser only.

pub mod actions;
pub mod journey;

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="app" id="main-content">
            <h1>"Check what your criminal record will show"</h1>
            <button type="button" class="start">"Start"</button>
        </main>
    }
}
