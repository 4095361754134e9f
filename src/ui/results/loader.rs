//! The results pages as a second WebAssembly module. In the app people load (built with
//! `--cfg wasm_split` by `scripts/lib/app-wasm.mjs`), both jurisdictions' results pages and
//! "What you can do" are split out of the first module, which the first page needs, and
//! fetched once the app has started. Without the cfg (the native and browser tests) the
//! results page is an ordinary call.

use leptos::prelude::*;

#[cfg(wasm_split)]
use crate::ui::govuk::components::handler;

/// Fetches the results module while the person reads and answers, so the results page never
/// waits for the network; but once the browser is idle, so that compiling it does not slow the
/// first page. If it fails, the results page tries again, and says so if it must.
pub fn preload() {
    // `__wasm_split_preload_results_module` is made by `wasm_split`.
    #[cfg(wasm_split)]
    request_idle_callback(|| {
        leptos::task::spawn_local(async {
            let _ = __wasm_split_preload_results_module().await;
        })
    });
}

/// The results page of either jurisdiction.
fn results_view(ew: bool) -> AnyView {
    if ew {
        view! { <crate::ui::ew::results::EwResultsPage /> }.into_any()
    } else {
        view! { <crate::ui::ni::results::ResultsPage /> }.into_any()
    }
}

#[cfg(not(wasm_split))]
pub fn page(ew: bool) -> AnyView {
    results_view(ew)
}

// `fallible`: if the module cannot be fetched (offline before it ever arrived), the call
// says so instead of stopping the app, and a later call tries again.
#[cfg(wasm_split)]
#[leptos::wasm_split::wasm_split(results_module, wasm_split_path = ::leptos::wasm_split, fallible)]
fn results_module(ew: bool) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(results_view(ew))
}

#[cfg(wasm_split)]
pub fn page(ew: bool) -> AnyView {
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
            match results_module(ew).await {
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
            view! { <p class="body" role="status">"Getting your results ready."</p> }.into_any()
        }
        Some(true) => page.try_update_value(Option::take).flatten().into_any(),
        Some(false) => results_not_loaded(fetch.clone()),
    })
    .into_any()
}

/// The results module did not arrive: say so plainly, and offer to try again.
#[cfg(wasm_split)]
fn results_not_loaded(fetch: impl Fn() + 'static) -> AnyView {
    view! {
        <h1 class="heading-l" tabindex="-1">"Your results could not be shown yet"</h1>
        <p class="body">"The check needs one more file to show them, and it did not arrive. Your answers are still here. Check that you are online, then try again."</p>
        <button type="button" class="button" on:click=handler(move |_| fetch())>"Try again"</button>
    }
    .into_any()
}
