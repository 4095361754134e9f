//! Browser tests (wasm-bindgen-test in headless Chromium): mount components and check the DOM.
//! Run by `./scripts/test`; natively this file compiles to nothing.
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

#[wasm_bindgen_test]
fn app_mounts_and_shows_the_start_page() {
    let host = mount(ni_record_check::ui::App);

    let h1 = host.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(
        h1.text_content().unwrap(),
        "Check what your criminal record will show"
    );
    let has_start = elements(&host)
        .iter()
        .filter(|e| e.tag_name() == "BUTTON")
        .filter_map(|e| e.text_content())
        .any(|text| text.trim().starts_with("Start"));
    assert!(has_start, "a Start button");
}
