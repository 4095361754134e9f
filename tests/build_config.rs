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

/// The policy of index.html's `<meta http-equiv="Content-Security-Policy">`.
fn meta_csp() -> String {
    let html = read("index.html");
    let line = html
        .lines()
        .find(|l| l.contains(r#"http-equiv="Content-Security-Policy""#))
        .expect("a Content-Security-Policy meta tag");
    let (_, content) = line.split_once(r#"content=""#).expect("its content");
    content.split('"').next().unwrap().to_string()
}

/// A policy's directives, trimmed, in order.
fn directives(policy: &str) -> Vec<String> {
    policy
        .split(';')
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
        .collect()
}

/// The README's header block ("Headers for the host"): its `Name: value` lines.
fn readme_headers() -> Vec<(String, String)> {
    let readme = read("README.md");
    let (_, section) = readme
        .split_once("\n### Headers for the host\n")
        .expect("README.md has \"### Headers for the host\"");
    let section = section.split("\n#").next().unwrap();
    let (_, block) = section
        .split_once("\n```\n")
        .expect("a ``` block in \"Headers for the host\"");
    let (block, _) = block.split_once("\n```").expect("the block ends");
    block
        .lines()
        .map(|l| {
            let (name, value) = l
                .split_once(": ")
                .unwrap_or_else(|| panic!("not a header: {l}"));
            (name.to_string(), value.to_string())
        })
        .collect()
}

/// hosting/nginx/headers.conf's `add_header Name "value" always;` lines, with the site's
/// frame-ancestors variable read as the README's default, `'none'`.
fn nginx_headers() -> Vec<(String, String)> {
    read("hosting/nginx/headers.conf")
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let rest = l
                .strip_prefix("add_header ")
                .unwrap_or_else(|| panic!("headers.conf holds only add_header lines: {l}"));
            let (name, value) = rest.split_once(' ').unwrap();
            let value = value
                .strip_suffix(" always;")
                .unwrap_or_else(|| panic!("{name} must be sent `always` (error pages too)"));
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or_else(|| panic!("{name}: quote the value"));
            let value = value.replace("$record_check_frame_ancestors", "'none'");
            (name.to_string(), value)
        })
        .collect()
}

#[test]
fn the_nginx_headers_are_the_readmes() {
    let nginx = nginx_headers();
    assert_eq!(
        nginx.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        [
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Strict-Transport-Security"
        ]
    );
    assert_eq!(
        readme_headers(),
        nginx,
        "README.md (\"Headers for the host\") and hosting/nginx/headers.conf differ"
    );
    assert!(
        read("hosting/nginx/headers.conf")
            .contains("frame-ancestors $record_check_frame_ancestors\""),
        "the site chooses frame-ancestors in one place"
    );
}

#[test]
fn the_header_policy_is_index_htmls_plus_frame_ancestors() {
    let header = directives(&nginx_headers()[0].1);
    let meta = directives(&meta_csp());
    assert!(
        !meta.iter().any(|d| d.starts_with("frame-ancestors")),
        "frame-ancestors is ignored in a <meta> tag"
    );
    let (last, rest) = header.split_last().unwrap();
    assert_eq!(last, "frame-ancestors 'none'");
    assert_eq!(
        rest,
        meta.as_slice(),
        "the header policy is index.html's, plus frame-ancestors"
    );
}

/// In nginx an `add_header` in a `location` replaces every outer one: each location of the
/// include must include the security headers again. And its pattern for hashed files is the
/// one the service worker uses (public/sw.js), so both agree on what never changes.
#[test]
fn every_nginx_location_repeats_the_headers_and_hashed_files_are_the_service_workers() {
    let conf = read("hosting/nginx/record-check.conf");
    let include = "include record-check/headers.conf;";
    let mut depth = 0;
    // Each location's opening line, and whether it includes the headers.
    let mut locations: Vec<(String, bool)> = Vec::new();
    let mut at_top_level = false;
    for line in conf.lines().map(str::trim).filter(|l| !l.starts_with('#')) {
        if line.starts_with("location") {
            assert_eq!(depth, 0, "no nested locations: {line}");
            locations.push((line.to_string(), false));
        }
        if line == include {
            match locations.last_mut() {
                Some(location) if depth > 0 => location.1 = true,
                _ => at_top_level = true,
            }
        }
        depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
    }
    assert_eq!(depth, 0, "braces balance");
    assert!(at_top_level, "the headers at the include's own level");
    assert!(!locations.is_empty(), "a location for the hashed files");
    for (location, included) in &locations {
        assert!(included, "{location} must `{include}`");
    }
    let sw = read("public/sw.js");
    let sw_pattern = sw
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("const hashed = /")?
                .strip_suffix("/;")
        })
        .expect("public/sw.js's pattern for hashed files");
    let wanted = format!("location ~ \"{sw_pattern}\" {{");
    assert!(
        locations.iter().any(|(l, _)| *l == wanted),
        "record-check.conf's location for hashed files is `{wanted}`"
    );
}

/// The README's nginx advice is the repository's files: its snippet includes
/// record-check.conf and sets the one variable headers.conf needs, and it
/// holds no `add_header` of its own (one inside a `location` would drop the
/// security headers there).
#[test]
fn the_readmes_nginx_snippet_uses_the_hosting_files() {
    let readme = read("README.md");
    let (_, after) = readme
        .split_once("```nginx\n")
        .expect("README.md has an nginx snippet");
    let (snippet, _) = after.split_once("\n```").unwrap();
    assert!(
        snippet.contains("include record-check/record-check.conf;"),
        "{snippet}"
    );
    assert!(
        snippet.contains("set $record_check_frame_ancestors "),
        "{snippet}"
    );
    assert!(
        !readme
            .lines()
            .any(|l| l.trim_start().starts_with("add_header")),
        "README.md has an add_header line of its own"
    );
    assert!(readme.contains("(hosting/nginx/)"));
    assert!(read("hosting/nginx/record-check.conf").contains("include record-check/headers.conf;"));
}
