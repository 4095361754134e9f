//! GOV.UK Design System parts that take props only and read no app state:
//! a legend, a question's wrapper and inline error, a radio's choice, an
//! item's caption, the Continue button, a notification banner,
//! warning text, focus moves
//! and boxed handlers.

use leptos::prelude::*;

/// An event handler, boxed: Leptos makes one type (and one copy of its event
/// code) per handler type, so every boxed handler of an event shares it.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// Moves focus to an element by id (the URL fragment is the page's route,
/// so error links must not change it).
pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        use leptos::wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// A fieldset's legend: on a one-question page it holds the page's heading.
pub fn legend(question: String, heading: bool) -> AnyView {
    if heading {
        view! { <legend class="legend legend--l"><h1 class="heading-l" tabindex="-1">{question}</h1></legend> }.into_any()
    } else {
        view! { <legend class="legend legend--m">{question}</legend> }.into_any()
    }
}

/// A question's wrapper: marked in red while it has an error.
pub fn group_class(has_error: bool) -> &'static str {
    if has_error {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}

/// The inline error under a question, read out with an "Error:" prefix.
pub fn error_message(id: String, message: String) -> impl IntoView {
    view! { <p class="error-message" id=id><span class="visually-hidden">"Error: "</span>{message}</p> }
}

/// One option of a set of radios.
#[derive(Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
    /// A heading shown before this option, starting a group.
    pub group: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
            group: None,
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// "Caution or conviction 2": the caption over each item's questions.
pub fn caption_view(i: usize) -> AnyView {
    view! { <span class="caption-l">{format!("Caution or conviction {}", i + 1)}</span> }.into_any()
}

/// A GOV.UK notification banner ("Important"): something the person needs
/// to know that is not about one answer. Its heading says what happened, its
/// text what to do.
#[component]
pub fn NotificationBanner(heading: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <div class="notification-banner" aria-labelledby="notification-banner-title">
            <div class="notification-banner__header">
                <h2 class="notification-banner__title" id="notification-banner-title">"Important"</h2>
            </div>
            <div class="notification-banner__content">
                <p class="notification-banner__heading">{heading}</p>
                <p>{text}</p>
            </div>
        </div>
    }
}

/// GOV.UK warning text: "!" and bold words, read as "Warning: ...".
#[component]
pub fn WarningText(id: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <div class="warning-text" id=id>
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="warning-text__text"><span class="visually-hidden">"Warning: "</span>{text}</strong>
        </div>
    }
}

/// The Continue button of a question page.
#[component]
pub fn ContinueButton(#[prop(optional, into)] label: Option<String>) -> impl IntoView {
    view! { <button type="submit" class="button" data-module="continue">{label.unwrap_or_else(|| "Continue".into())}</button> }
}

/// After the frame is drawn, moves focus to the page's heading (so a screen
/// reader starts there) and scrolls to the top.
pub(crate) fn focus_heading() {
    request_animation_frame(|| {
        if let Some(h) = document().query_selector("main h1").ok().flatten() {
            use leptos::wasm_bindgen::JsCast;
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}
