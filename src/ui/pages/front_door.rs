//! The front door: the frame (skip link, header with "Exit this page",
//! footer) and the start page are served in `index.html`, so a person can
//! read them before the WebAssembly arrives. The start page's words are
//! written only there: as the app boots, it takes `#start-page`'s markup and
//! its start page shows that same markup, so the page does not move when the
//! app takes over. Until then `boot.js` keeps the controls working and
//! remembers an early press of "Start now" on `<html data-start-pressed>`.

use std::cell::RefCell;

use leptos::wasm_bindgen::JsCast;

thread_local! {
    static START_PAGE: RefCell<String> = const { RefCell::new(String::new()) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Keeps the served start page's markup (without an early press's status
/// line) for the start page to show.
pub fn adopt_start_page() {
    let Some(doc) = document() else { return };
    if let Some(status) = doc.get_element_by_id("start-status") {
        status.set_text_content(None);
    }
    if let Some(page) = doc.get_element_by_id("start-page") {
        START_PAGE.with(|s| *s.borrow_mut() = page.inner_html());
    }
}

/// The start page's markup, as served.
pub fn start_page_markup() -> String {
    START_PAGE.with(|s| s.borrow().clone())
}

/// Mounts the app in place of the served `<main>`, in one go (no paint in
/// between), and tells `boot.js` that the app now answers the controls.
pub fn mount(app: fn() -> leptos::prelude::AnyView) {
    adopt_start_page();
    let host = document()
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => {
            host.set_inner_html("");
            leptos::mount::mount_to(host, app).forget();
        }
        None => leptos::mount::mount_to_body(app),
    }
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app-ready", "");
    }
}

/// Whether "Start now" was pressed before the app was ready (once: it is
/// forgotten as it is read).
pub fn take_early_start() -> bool {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return false;
    };
    let pressed = root.has_attribute("data-start-pressed");
    let _ = root.remove_attribute("data-start-pressed");
    pressed
}

/// Whether an event happened on (or inside) the element with this id.
pub fn on_element(ev: &web_sys::Event, id: &str) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(&format!("#{id}")).ok().flatten())
        .is_some()
}
