//! The saved answers in this device's storage (`localStorage`), through
//! gloo-storage, each refusal as its `StorageError`. Written with its typed
//! API; read with the app's own reader (`saved::read`), which is forgiving
//! in ways serde is not (see `ui::journey::saved`).
//!
//! The browser may give no storage at all (a private window, another site's
//! frame, storage turned off: reading `localStorage` throws or gives
//! nothing) or refuse a write (storage full: `QuotaExceededError`). gloo's
//! `LocalStorage::raw()` throws a JavaScript exception when there is no
//! storage, which would unwind through the WebAssembly without Rust's
//! clean-up, so `reachable` asks first and says why not.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;
use wasm_bindgen::JsValue;

use crate::ui::journey::saved::Saved;

/// Where saved answers live on this device.
pub const STORAGE_KEY: &str = "ni-record-check.answers";

/// A refusal from the browser, as gloo-storage's error.
fn refused(value: JsValue) -> StorageError {
    StorageError::JsError(match JsError::try_from(value) {
        Ok(error) => error,
        // Browsers throw a DOMException (an Error); anything else still counts.
        Err(other) => js_sys::Error::new(&other.to_string()).into(),
    })
}

/// Ok when the browser gives this page storage; otherwise why not.
fn reachable() -> Result<(), StorageError> {
    let window =
        web_sys::window().ok_or_else(|| refused(js_sys::Error::new("no window").into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(refused(js_sys::Error::new("no local storage").into())),
        Err(error) => Err(refused(error)),
    }
}

/// Writes the answers (replacing any saved before) with gloo-storage's typed
/// API: serde's derive and serde_json, the same text as `saved::write`
/// (tests/saved_answers.rs), read back by `saved::read`. Measured on 7
/// December 2026: 1.1 KB gzip more than writing `saved::write`'s text
/// through `LocalStorage::raw()`, 3.5 KB over not using gloo-storage, under
/// the 8 KB issue 23 allowed for it.
pub fn save(answers: &Saved) -> Result<(), StorageError> {
    reachable()?;
    LocalStorage::set(STORAGE_KEY, answers)
}

/// The saved answers' text, if there is storage and anything in it.
pub fn read() -> Option<String> {
    reachable().ok()?;
    LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten()
}

/// Deletes the saved answers, if there are any.
pub fn delete() -> Result<(), StorageError> {
    reachable()?;
    LocalStorage::raw()
        .remove_item(STORAGE_KEY)
        .map_err(refused)
}
