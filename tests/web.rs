//! Browser tests (wasm-bindgen-test in headless Chromium): mount components and check the DOM.
//! Run by `./scripts/test`; natively this file compiles to nothing.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh `<div>` appended to the body and returns that div.
/// The mounted view stays alive for the rest of the test run (tests share one page).
fn mount<F, N>(view: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), view).forget();
    host
}

/// `root` and every element inside it, in document order.
fn elements(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let mut all = vec![root.clone()];
    let mut child = root.first_element_child();
    while let Some(c) = child {
        all.extend(elements(&c));
        child = c.next_element_sibling();
    }
    all
}

/// The start page as index.html serves it (its words are written only there).
fn served_start_page() -> &'static str {
    let html = include_str!("../index.html");
    let from = html
        .find("<div id=\"start-page\">")
        .expect("index.html has #start-page");
    let to = html[from..]
        .find("</main>")
        .expect("#start-page is inside <main>");
    &html[from..from + to]
}

#[wasm_bindgen_test]
fn app_mounts_and_shows_the_start_page() {
    // As in the browser: the served start page is there before the app boots.
    let served = document().create_element("div").unwrap();
    served.set_inner_html(served_start_page());
    document().body().unwrap().append_child(&served).unwrap();
    ni_record_check::ui::pages::front_door::adopt_start_page();
    served.remove();
    let host = mount(ni_record_check::ui::App);

    let h1 = host.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(
        h1.text_content().unwrap(),
        "Check what your criminal record will show"
    );
    let has_start = elements(&host)
        .iter()
        // "Start now" is a link that acts as a button (it works before any script).
        .filter(|e| {
            e.tag_name() == "BUTTON" || e.get_attribute("role").as_deref() == Some("button")
        })
        .filter_map(|e| e.text_content())
        .any(|text| text.trim().starts_with("Start"));
    assert!(has_start, "a Start button (a link shown as a button)");
}

// ---- Components of the guided check, each mounted with the app's state ----

use chrono::NaiveDate;
use ni_record_check::ui::govuk::components::Choice;
use ni_record_check::ui::journey::{DateInput, FieldError, Known};
use ni_record_check::ui::pages::form::{DateFields, ErrorSummary, Radios};
use ni_record_check::ui::pages::state::AppState;

/// Lets Leptos run its pending effects.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

fn error(field: &str, message: &str) -> FieldError {
    FieldError {
        field: field.into(),
        message: message.into(),
    }
}

fn input(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlInputElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn date_input_shows_its_error_and_keeps_what_was_typed() {
    let state = AppState::new(today());
    let value = RwSignal::new(DateInput {
        day: "31".into(),
        month: "2".into(),
        year: "2015".into(),
        known: Known::Day,
    });
    let host = mount(move || {
        provide_context(state);
        view! {
            <DateFields prefix="date" question="When were you given the caution?" heading=true partial=true
                hint="For example, 27 3 2012." value=value
                on_change=Callback::new(move |d: DateInput| value.set(d)) />
        }
    });
    tick().await;
    // No error yet: no message, hint only.
    assert!(host.query_selector(".error-message").unwrap().is_none());
    let fieldset = host.query_selector("fieldset").unwrap().unwrap();
    assert_eq!(
        fieldset.get_attribute("aria-describedby").unwrap(),
        "date-hint"
    );
    assert_eq!(input(&host, "#date-day").value(), "31");

    state.errors.set(vec![error(
        "date-day",
        "The date of the caution must be a real date",
    )]);
    tick().await;
    let message = host
        .query_selector(".error-message")
        .unwrap()
        .expect("an inline error");
    assert!(message
        .text_content()
        .unwrap()
        .contains("must be a real date"));
    assert_eq!(
        fieldset.get_attribute("aria-describedby").unwrap(),
        "date-hint date-error"
    );
    assert!(input(&host, "#date-day")
        .class_name()
        .contains("input--error"));
    assert!(!input(&host, "#date-year")
        .class_name()
        .contains("input--error"));
    assert_eq!(
        input(&host, "#date-day")
            .get_attribute("inputmode")
            .unwrap(),
        "numeric"
    );

    // Typing goes into the answer; "I only know the year" hides day and month.
    let year = input(&host, "#date-year");
    year.set_value("2016");
    year.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(value.get_untracked().year, "2016");
    assert_eq!(value.get_untracked().day, "31");
    input(&host, "#date-known-year").click();
    tick().await;
    assert_eq!(value.get_untracked().known, Known::Year);
    let day_item = input(&host, "#date-day").parent_element().unwrap();
    assert!(day_item.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn radios_show_the_choice_and_report_a_new_one() {
    let state = AppState::new(today());
    let chosen = RwSignal::new(Some("no".to_string()));
    let host = mount(move || {
        provide_context(state);
        view! {
            <Radios name="under-18" heading=true question="Were you under 18 then?" hint="Your age on the date."
                choices=vec![Choice::new("yes", "Yes"), Choice::new("no", "No").hint("18 or over")]
                selected=Signal::derive(move || chosen.get())
                on_choose=Callback::new(move |v: String| chosen.set(Some(v))) />
        }
    });
    tick().await;
    let h1 = host
        .query_selector("legend h1")
        .unwrap()
        .expect("the question is the page heading");
    assert_eq!(h1.text_content().unwrap(), "Were you under 18 then?");
    let yes = input(&host, "#under-18");
    let no = input(&host, "#under-18-no");
    assert!(!yes.checked() && no.checked());
    assert_eq!(
        no.get_attribute("aria-describedby").unwrap(),
        "under-18-no-item-hint"
    );
    let label = host.query_selector("label[for=under-18]").unwrap().unwrap();
    assert_eq!(label.text_content().unwrap(), "Yes");
    yes.click();
    tick().await;
    assert_eq!(chosen.get_untracked().as_deref(), Some("yes"));
    state.errors.set(vec![error(
        "under-18",
        "Select yes if you were under 18 on that date",
    )]);
    tick().await;
    assert!(host.query_selector(".form-group--error").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn error_summary_appears_with_links_and_takes_focus() {
    let state = AppState::new(today());
    let host = mount(move || {
        provide_context(state);
        view! { <ErrorSummary /> <input id="kind" type="radio" /> }
    });
    tick().await;
    assert!(
        host.query_selector(".error-summary").unwrap().is_none(),
        "hidden with no errors"
    );
    state.errors.set(vec![
        error("kind", "Select what it was"),
        error("date-day", "Enter the date"),
    ]);
    tick().await;
    tick().await;
    let summary = host
        .query_selector(".error-summary")
        .unwrap()
        .expect("shown");
    assert_eq!(summary.get_attribute("role").unwrap(), "alert");
    let links = summary.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 2);
    let first: web_sys::HtmlElement = links.item(0).unwrap().unchecked_into();
    assert_eq!(first.get_attribute("href").unwrap(), "#kind");
    assert_eq!(first.text_content().unwrap(), "Select what it was");
    let active = document().active_element().unwrap();
    assert!(
        active.class_name().contains("error-summary"),
        "focus is on the summary"
    );
    first.click();
    assert_eq!(document().active_element().unwrap().id(), "kind");
}
