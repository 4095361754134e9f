//! The draft helper both results pages use: boxes for the person's own words
//! and a draft made from them, with Copy. Kept only in memory.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::ui::govuk::components::handler;
use crate::ui::ni::disclosure::ON_THIS_DEVICE;
use crate::ui::pages::download::has_method;

/// The id of the draft's box, for Copy's fallback (select the text).
pub(crate) const DRAFT_ID: &str = "draft-section-d";

/// A helper's draft, from the person's answers in the order of its boxes.
pub(crate) type MakeDraft = Arc<dyn Fn(&[String]) -> String + Send + Sync>;

/// A helper's words: its boxes (id, prompt, hint) and its draft.
pub(crate) struct HelperWords {
    pub class: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub fields: Vec<(&'static str, &'static str, &'static str)>,
    pub draft_title: &'static str,
    pub draft_hint: &'static str,
    pub draft_id: &'static str,
    pub copy: &'static str,
    /// Offer a Print button next to Copy.
    pub print: bool,
}

/// Boxes for the person's own words and a draft made from them by `make`
/// (one answer per box, in order), with Copy. Kept only in memory.
pub(crate) fn draft_helper(w: HelperWords, make: MakeDraft) -> AnyView {
    let values: Vec<RwSignal<String>> = w
        .fields
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let said = values.clone();
    let draft = Memo::new(move |_| {
        let words: Vec<String> = said.iter().map(|s| s.get()).collect();
        make(&words)
    });
    let status = RwSignal::new(None::<String>);
    let fields = w
        .fields
        .iter()
        .zip(values)
        .map(|(&(id, prompt, hint), value)| {
            let hint_id = format!("{id}-hint");
            view! {
                <div class="form-group">
                    <label class="label label--bold" for=id>{prompt}</label>
                    <div class="hint" id=hint_id.clone()>{hint}</div>
                    <textarea class="textarea" id=id name=id rows="3" autocomplete="off" spellcheck="false"
                        aria-describedby=hint_id
                        prop:value=move || value.get()
                        on:input=handler(move |ev: leptos::ev::Event| value.set(event_target_value(&ev)))></textarea>
                </div>
            }
        })
        .collect_view();
    let id = w.draft_id;
    let (title_id, draft_title_id, hint_id) = (
        format!("{}-title", w.class),
        format!("{id}-title"),
        format!("{id}-hint"),
    );
    let print = w.print.then(|| {
        view! {
            " "
            <button type="button" class="button button--secondary" on:click=handler(move |_| { let _ = window().print(); })>"Print it"</button>
        }
    });
    view! {
        <section class=w.class id=w.class aria-labelledby=title_id.clone()>
            <h3 class="heading-m" id=title_id.clone()>{w.title}</h3>
            <p>{w.intro}</p>
            <p class="reasons-helper__private">{ON_THIS_DEVICE}</p>
            <div class="reasons-helper__fields">{fields}</div>
            <h4 class="heading-s" id=draft_title_id.clone()>{w.draft_title}</h4>
            <p class="hint" id=hint_id.clone()>{w.draft_hint}</p>
            <div class="draft" id=id role="region" tabindex="0" aria-labelledby=draft_title_id.clone() aria-describedby=hint_id.clone()>
                {move || draft.get()}
            </div>
            <button type="button" class="button button--secondary" on:click=handler(move |_| copy_text(id, draft.get_untracked(), status))>
                {w.copy}
            </button>
            {print}
            <p class="action-status" role="status">{move || status.get()}</p>
        </section>
    }
    .into_any()
}

/// Copies with the clipboard API if the browser has it and allows it;
/// otherwise selects the draft (the element `id`) so the person can copy it
/// themselves.
pub(crate) fn copy_text(id: &'static str, text: String, status: RwSignal<Option<String>>) {
    let fallback = move || {
        select_draft(id);
        status.set(Some(
            "The draft is selected. To copy it, use your device's Copy (for example Ctrl and C, or Command and C on a Mac).".into(),
        ));
    };
    let clipboard = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| has_method(c, "writeText"));
    let Some(clipboard) = clipboard else {
        fallback();
        return;
    };
    let promise = clipboard
        .unchecked_into::<web_sys::Clipboard>()
        .write_text(&text);
    spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => status.set(Some(if id == DRAFT_ID {
                "Copied. You can now paste it into Section D of the form.".into()
            } else {
                "Copied. You can now paste it where you need it.".into()
            })),
            Err(_) => fallback(),
        }
    });
}

fn select_draft(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Ok(Some(selection)) = window().get_selection() {
        let _ = selection.select_all_children(&el);
    }
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
