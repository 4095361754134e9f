//! The Leptos front end.
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="app" id="main-content">
            <h1>"Check what your criminal record will show"</h1>
            <button type="button" class="start">"Start"</button>
        </main>
    }
}
