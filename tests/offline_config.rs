//! Native checks of the pieces that make the app installable and usable offline, so a broken
//! one fails fast, before the browser tests: the manifest and its icons (real PNGs of the sizes
//! they claim), the service-worker template and the build hook that fills it, and the page's
//! links to them under its Content-Security-Policy.
// Test code may sort as it likes (clippy.toml limits the app's code).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(path: &str) -> (u32, u32) {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{path} is a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn the_manifest_names_the_app_and_its_icons_exist_at_their_sizes() {
    let manifest: serde_json::Value =
        serde_json::from_str(&read("public/manifest.webmanifest")).unwrap();
    assert_eq!(manifest["lang"], "en-GB");
    assert_eq!(
        manifest["start_url"], "../",
        "relative: the app's folder, under any sub-path"
    );
    assert_eq!(manifest["scope"], "../");
    assert_eq!(manifest["display"], "standalone");
    let icons = manifest["icons"].as_array().unwrap();
    let mut sizes = Vec::new();
    for icon in icons {
        let src = icon["src"].as_str().unwrap();
        assert!(!src.contains("//"), "{src} is relative");
        let path = format!("public/{src}");
        if icon["type"] == "image/png" {
            let (w, h) = png_size(&path);
            assert_eq!(icon["sizes"], format!("{w}x{h}"), "{src}");
            sizes.push((w, icon["purpose"].as_str().unwrap().to_string()));
        } else {
            assert!(read(&path).starts_with("<svg"), "{src} is an SVG");
        }
    }
    for needed in [(192, "any"), (512, "any"), (512, "maskable")] {
        assert!(
            sizes.contains(&(needed.0, needed.1.to_string())),
            "an icon {needed:?}"
        );
    }
}

#[test]
fn the_build_writes_the_service_worker_from_its_template() {
    let trunk = read("Trunk.toml");
    assert!(
        trunk.contains("stage = \"post_build\""),
        "a post_build hook"
    );
    assert!(trunk.contains("scripts/lib/post-build.mjs"));
    // Trunk runs one stage's hooks at once: the service worker is written after the
    // WebAssembly, whose files it lists, by one hook that runs the two in order.
    let post_build = read("scripts/lib/post-build.mjs");
    let wasm = post_build
        .find("./app-wasm.mjs")
        .expect("post-build builds the wasm");
    let precache = post_build
        .find("./precache.mjs")
        .expect("post-build writes sw.js");
    assert!(wasm < precache, "the wasm first, then the service worker");
    let sw = read("public/sw.js");
    assert!(sw.contains("/* PRECACHE_FILES */ []"));
    assert!(sw.contains("/* PRECACHE_VERSION */ \"unbuilt\""));
    let hook = read("scripts/lib/precache.mjs");
    assert!(hook.contains("/* PRECACHE_FILES */ []") && hook.contains("/* PRECACHE_VERSION */"));
}

#[test]
fn the_page_links_the_manifest_and_allows_only_its_own_worker_and_manifest() {
    let html = read("index.html");
    assert!(html.contains(r#"<link rel="manifest" href="public/manifest.webmanifest">"#));
    assert!(html.contains(r##"<meta name="theme-color" content="#0b0c0c">"##));
    let csp = html
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .unwrap();
    assert!(csp.contains("manifest-src 'self'"), "{csp}");
    assert!(csp.contains("worker-src 'self'"), "{csp}");
    let boot = read("boot.js");
    assert!(
        boot.contains(r#"navigator.serviceWorker.register(new URL("sw.js", document.baseURI))"#)
    );
}
