//! The pages in later WebAssembly modules. In the app people load (built with `--cfg
//! wasm_split` by `scripts/lib/app-wasm.mjs`), both jurisdictions' results pages and "What you
//! can do" are split out of the first module, which the first page needs, into a second,
//! fetched once the app has started; quick entry's pages are a third, fetched only when the
//! person chooses quick entry (most people never do, so a first visit does not carry it).
//! Without the cfg (the native and browser tests) each page is an ordinary call.

use leptos::prelude::*;

#[cfg(wasm_split)]
use crate::ui::govuk::components::handler;

/// Fetches the results module while the person reads and answers, so the results page never
/// waits for the network; but once the browser is idle, so that compiling it does not slow the
/// first page. If it fails, the results page tries again, and says so if it must.
pub fn preload() {
    // `__wasm_split_preload_results_module` is made by `wasm_split`.
    #[cfg(wasm_split)]
    {
        let fetch = || {
            leptos::task::spawn_local(async {
                let _ = __wasm_split_preload_results_module().await;
            })
        };
        // WebKit (Safari, every iPhone browser) has no requestIdleCallback: there the call
        // fails, and without this the module came only when the results were asked for.
        if request_idle_callback_with_handle(fetch).is_err() {
            set_timeout(fetch, AFTER_START_WITHOUT_IDLE);
        }
    }
}

/// When the results module is fetched in a browser that cannot say when it is idle: after the
/// first page has been drawn and the app has started, so it does not compete with them.
#[cfg(wasm_split)]
const AFTER_START_WITHOUT_IDLE: std::time::Duration = std::time::Duration::from_secs(1);

/// Fetches quick entry's module once the person has chosen quick entry (the start page's link
/// or the "Where" page's box), so its first page rarely waits. The service worker keeps it
/// from then on, for use offline.
pub fn preload_quick() {
    #[cfg(wasm_split)]
    leptos::task::spawn_local(async {
        let _ = __wasm_split_preload_quick_module().await;
    });
}

/// A page of a later module.
#[derive(Clone, Copy)]
enum Later {
    /// The results page, of England and Wales (`true`) or Northern Ireland.
    Results(bool),
    /// Quick entry's page for an item, drawing each question with the app's page view.
    QuickItem(usize, fn(crate::ui::journey::Page) -> AnyView),
    QuickList,
}

/// The results page of either jurisdiction.
pub fn results(ew: bool) -> AnyView {
    page(Later::Results(ew))
}

/// Quick entry's page for item `i`, its questions drawn by `page_view` (the app's).
pub fn quick_item(i: usize, page_view: fn(crate::ui::journey::Page) -> AnyView) -> AnyView {
    page(Later::QuickItem(i, page_view))
}

/// Quick entry's list of items.
pub fn quick_list() -> AnyView {
    page(Later::QuickList)
}

/// A results page.
fn results_view(ew: bool) -> AnyView {
    if ew {
        view! { <crate::ui::ew::results::EwResultsPage /> }.into_any()
    } else {
        view! { <crate::ui::ni::results::ResultsPage /> }.into_any()
    }
}

/// A quick-entry page (each module's code reaches only its own pages, so the splitter keeps
/// them apart).
fn quick_view(later: Later) -> AnyView {
    match later {
        Later::QuickItem(i, page_view) => {
            view! { <crate::ui::quick::item::QuickItemPage i=i page_view=page_view /> }.into_any()
        }
        _ => view! { <crate::ui::quick::list::QuickListPage /> }.into_any(),
    }
}

#[cfg(not(wasm_split))]
fn page(later: Later) -> AnyView {
    match later {
        Later::Results(ew) => results_view(ew),
        _ => quick_view(later),
    }
}

// `fallible`: if the module cannot be fetched (offline before it ever arrived), the call
// says so instead of stopping the app, and a later call tries again.
#[cfg(wasm_split)]
#[leptos::wasm_split::wasm_split(results_module, wasm_split_path = ::leptos::wasm_split, fallible)]
fn results_module(ew: bool) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(results_view(ew))
}

#[cfg(wasm_split)]
#[leptos::wasm_split::wasm_split(quick_module, wasm_split_path = ::leptos::wasm_split, fallible)]
fn quick_module(later: Later) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(quick_view(later))
}

/// The page, from its module.
#[cfg(wasm_split)]
async fn fetch_page(later: Later) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    match later {
        Later::Results(ew) => results_module(ew).await,
        _ => quick_module(later).await,
    }
}

#[cfg(wasm_split)]
fn page(later: Later) -> AnyView {
    // A signal and a task rather than <Suspense>, which measured 10 KB more of the first module.
    // None: fetching; Some(true): the page is in `page`; Some(false): it could not be fetched.
    let fetched = RwSignal::new(None::<bool>);
    let page = StoredValue::new_local(None::<AnyView>);
    // The page's own owner, also for "Try again" (a click runs outside it): the results page
    // finds the app's state through it, and leaving the page cancels the fetch.
    let owner = Owner::current();
    let fetch = move || {
        fetched.set(None);
        let task = async move {
            match fetch_page(later).await {
                Ok(view) => {
                    page.set_value(Some(view));
                    fetched.set(Some(true));
                }
                Err(_) => fetched.set(Some(false)),
            }
            crate::ui::govuk::components::focus_heading();
        };
        match &owner {
            Some(owner) => owner.with(|| leptos::task::spawn_local_scoped_with_cancellation(task)),
            None => leptos::task::spawn_local(task),
        }
    };
    fetch();
    (move || match fetched.get() {
        None => {
            let waiting = match later {
                Later::Results(_) => "Getting your results ready.",
                _ => "Getting this page ready.",
            };
            view! { <p class="body" role="status">{waiting}</p> }.into_any()
        }
        Some(true) => page.try_update_value(Option::take).flatten().into_any(),
        Some(false) => not_loaded(later, fetch.clone()),
    })
    .into_any()
}

/// The second module did not arrive: say so plainly, and offer to try again.
#[cfg(wasm_split)]
fn not_loaded(later: Later, fetch: impl Fn() + 'static) -> AnyView {
    let (heading, body) = match later {
        Later::Results(_) => ("Your results could not be shown yet", "The check needs one more file to show them, and it did not arrive. Your answers are still here. Check that you are online, then try again."),
        _ => ("This page could not be shown yet", "The check needs one more file to show it, and it did not arrive. Your answers are still here. Check that you are online, then try again, or go back and answer one question at a time."),
    };
    view! {
        <h1 class="heading-l" tabindex="-1">{heading}</h1>
        <p class="body">{body}</p>
        <button type="button" class="button" on:click=handler(move |_| fetch())>"Try again"</button>
    }
    .into_any()
}
