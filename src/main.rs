//! Mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    use leptos::prelude::IntoAny;
    ni_record_check::ui::pages::front_door::mount(|| ni_record_check::ui::App().into_any());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: build it with trunk (see README.md).");
    eprintln!("To assess a case from the command line: cargo run --example assess -- FILE");
}
