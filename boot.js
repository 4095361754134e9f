// Starts the app without an inline script, so the Content-Security-Policy can forbid them.
// Trunk replaces the rust <link> in index.html with <meta name="trunk-app" data-js data-wasm>
// (see pattern_script in Trunk.toml) and preloads both files with integrity hashes.
const app = document.querySelector('meta[name="trunk-app"]');
const jsUrl = new URL(app.dataset.js, document.baseURI);
const wasmUrl = new URL(app.dataset.wasm, document.baseURI);
const { default: init } = await import(jsUrl.href);
const wasm = await init({ module_or_path: wasmUrl });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));

// Offline use: once the app has started, register the service worker (dist/sw.js, written by
// scripts/lib/precache.mjs), which keeps this build's files. Browsers offer service workers on
// https:// and on localhost only; elsewhere the app works as before, online.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("sw.js", document.baseURI)).catch((error) => {
    console.info("Offline use is not available here:", error.message);
  });
}
