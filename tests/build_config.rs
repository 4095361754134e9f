//! Native checks that the build configuration stays consistent: the tool versions pinned in
//! different files agree (a mismatch makes the offline Trunk build fail or the page blank),
//! and index.html keeps its Content-Security-Policy.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// The value of `key = "value"` on its own line in a TOML file.
fn toml_value(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.split_once('=')?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// The version of package `name` in Cargo.lock.
fn locked_version(name: &str) -> String {
    let lock = read("Cargo.lock");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"") {
            return toml_value(lines.next().unwrap(), "version").unwrap();
        }
    }
    panic!("{name} is not in Cargo.lock");
}

#[test]
fn wasm_bindgen_is_pinned_exactly() {
    // scripts/lib/app-wasm.mjs refuses a wasm-bindgen CLI of another version than this.
    let cargo = read("Cargo.toml");
    assert_eq!(
        toml_value(&cargo, "wasm-bindgen"),
        Some(format!("={}", locked_version("wasm-bindgen"))),
        "wasm-bindgen must be pinned with = in Cargo.toml"
    );
}

#[test]
fn binaryen_is_pinned_exactly() {
    // scripts/lib/app-wasm.mjs refuses a wasm-opt of another major version than this.
    let package: serde_json::Value = serde_json::from_str(&read("package.json")).unwrap();
    let binaryen = package["devDependencies"]["binaryen"].as_str().unwrap();
    assert!(
        binaryen.chars().all(|c| c.is_ascii_digit() || c == '.'),
        "pin binaryen exactly, not {binaryen}"
    );
}

#[test]
fn the_wasm_splitter_matches_the_split_runtime() {
    // The CLI that splits the module and the runtime half that loads the second one
    // (wasm_split_helpers, through Leptos's #[lazy]) are released together.
    let tools = read("scripts/lib/ensure-tools.sh");
    let pinned = tools
        .lines()
        .find_map(|l| l.strip_prefix("WASM_SPLIT_VERSION="))
        .expect("ensure-tools.sh pins WASM_SPLIT_VERSION");
    assert_eq!(pinned, locked_version("wasm_split_helpers"));
    assert!(read("Trunk.toml").contains("scripts/lib/post-build.mjs"));
    assert!(
        read("index.html").contains(r#"<link data-trunk rel="rust" data-trunk-skip>"#),
        "Trunk must not build the Rust itself: the hook does, split"
    );
}

#[test]
fn trunk_builds_offline_with_relative_urls() {
    let trunk = read("Trunk.toml");
    assert_eq!(toml_value(&trunk, "offline").as_deref(), Some("true"));
    assert_eq!(toml_value(&trunk, "locked").as_deref(), Some("true"));
    assert_eq!(toml_value(&trunk, "public_url").as_deref(), Some("./"));
}

#[test]
fn index_html_has_a_strict_content_security_policy() {
    let html = read("index.html");
    let csp = html
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .expect("a Content-Security-Policy meta tag");
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval';",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    assert!(
        !csp.contains("unsafe-inline"),
        "no inline scripts or styles"
    );
    assert!(html.contains(r#"<meta name="referrer" content="no-referrer">"#));
    assert!(html.contains(r#"<html lang="en-GB">"#));
}

/// What the app's code must not use, for the size of the download (Unicode
/// case tables, a copy of the standard sorts per use, hash sets and maps),
/// is `clippy.toml`'s disallowed methods and types, and `./scripts/test`
/// runs clippy: this checks that the list is there and names each of them.
#[test]
fn clippy_keeps_size_costly_std_code_out_of_the_app() {
    let config = read("clippy.toml");
    for needle in [
        "str::to_lowercase",
        "str::to_uppercase",
        "char::to_lowercase",
        "char::to_uppercase",
        "str::escape_debug",
        "slice::sort",
        "slice::sort_by",
        "slice::sort_by_key",
        "slice::sort_unstable",
        "std::collections::HashMap",
        "std::collections::HashSet",
    ] {
        assert!(
            config.contains(&format!("\"{needle}\"")),
            "clippy.toml: {needle}"
        );
    }
    let test = read("scripts/test");
    assert!(test.contains("cargo clippy"), "scripts/test runs clippy");
}
