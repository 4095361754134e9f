//! "Open saved answers" on the start page: a file saved from a results page
//! (either jurisdiction's), read on the device.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::ui::govuk::components::handler;
use crate::ui::journey::dispatch::answers_from;
use crate::ui::journey::Page;
use crate::ui::pages::state::state;
use crate::ui::results::handoff::{open_saved_any, size_problem};

/// "Open saved answers": reads a file saved with "Download my answers" on
/// this device, checks it, and goes to "Check your answers". A wrong or
/// damaged file gives a message next to the control.
// `move || f()` in the view, not `f`: the view! macro erases only closures written in place
// (one type per value type instead of one per closure), which keeps the wasm smaller.
#[allow(clippy::redundant_closure)]
#[component]
pub fn OpenSavedAnswers() -> impl IntoView {
    let st = state();
    let error = RwSignal::new(None::<String>);
    let opened = move |text: Result<String, String>| {
        let answers = text.and_then(|t| open_saved_any(&t)).and_then(|case| {
            answers_from(&case).ok_or_else(|| "This file has no cautions or convictions in it, so there is nothing to check. Choose a different file, or start again.".to_string())
        });
        match answers {
            Ok(answers) => {
                error.set(None);
                st.update(|a| *a = answers);
                st.go(Page::CheckAnswers);
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        if let Some(problem) = size_problem(file.size() as u64) {
            input.set_value("");
            error.set(Some(problem));
            return;
        }
        let reading = file.text();
        // Cleared so that choosing the same file again (after fixing it) reads it again.
        input.set_value("");
        spawn_local(async move {
            let text = match JsFuture::from(reading).await {
                Ok(v) => v.as_string().ok_or_else(unreadable),
                Err(_) => Err(unreadable()),
            };
            opened(text);
        });
    };
    let described = move || {
        if error.with(Option::is_some) {
            "open-saved-hint open-saved-error"
        } else {
            "open-saved-hint"
        }
        .to_string()
    };
    view! {
        <div class="open-saved">
            <h2 class="heading-m">"Carry on from saved answers"</h2>
            <div class=move || crate::ui::govuk::components::group_class(error.with(Option::is_some))>
                <label class="label label--bold" for="open-saved">"Open saved answers"</label>
                <div class="hint" id="open-saved-hint">"If you saved your answers in a file with “Download my answers”, choose that file here. It is read on this device only. It replaces any answers you have given so far."</div>
                {move || error.get().map(|m| view! {
                    <p class="error-message open-saved__error" id="open-saved-error" role="alert">
                        <span class="visually-hidden">"Error: "</span>{m}
                    </p>
                })}
                <input class="file-upload" type="file" id="open-saved" name="open-saved"
                    accept=".json,application/json" aria-describedby=move || described() on:change=handler(on_change) />
            </div>
        </div>
    }
}

fn unreadable() -> String {
    "This file could not be read. Choose it again, or choose a different file.".to_string()
}
