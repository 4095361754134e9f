// Trunk's post_build hook (Trunk.toml). Trunk runs the hooks of one stage at the same time, so
// the two steps that must run in order are one hook: first the app's WebAssembly (app-wasm.mjs),
// then boot.js without its comment lines (boot-comments.mjs), then the service worker that lists
// every file, the WebAssembly included (precache.mjs).
await import("./app-wasm.mjs");
await import("./boot-comments.mjs");
await import("./precache.mjs");
