//! Mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    // No panic hook: with panic = "abort" a panic still shows in the console
    // as a RuntimeError (the e2e tests fail on any console error), and the
    // hook's formatting code was 1.3 KB gzip of the first visit.
    use leptos::prelude::IntoAny;
    ni_record_check::ui::pages::front_door::mount(|| ni_record_check::ui::App().into_any());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: build it with trunk (see README.md).");
    eprintln!("To assess a case from the command line: cargo run --example assess -- FILE");
}
