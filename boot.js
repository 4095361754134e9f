// Starts the app without an inline script, so the Content-Security-Policy can forbid them.
// index.html names the app's files on <meta name="app-wasm" data-js data-wasm> (hashed by
// scripts/lib/app-wasm.mjs) and preloads them.
//
// The start page is in the served HTML (index.html), so it can be read while the WebAssembly
// downloads. "Start now" and "Exit this page" are links that work with no script at all (the app
// follows the URL's #fragment when it starts). This script makes them better until the app is
// ready: Exit leaves without a history entry; an early Start is remembered (the app acts on it
// when it starts, and the status line says so); the skip link and Space on the links work.
// The app marks <html data-app-ready> when it is ready.
const root = document.documentElement;
const ready = () => root.hasAttribute("data-app-ready");

// A neutral site to leave for in a hurry (src/ui/pages/app.rs forgets the answers on the same click).
const EXIT_TO = "https://www.bbc.co.uk/weather";
function exit() {
  // Embedded in a charity's page, leave the whole tab, not just the frame.
  try {
    window.top.location.replace(EXIT_TO);
  } catch {
    window.location.replace(EXIT_TO);
  }
}

function say(text) {
  const status = document.getElementById("start-status");
  if (status) status.textContent = text;
}

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest("#exit-page")) {
    event.preventDefault();
    exit();
  } else if (target?.closest("#skip-link")) {
    // The app's pages live in the URL's #fragment: a jump to #main-content would leave them.
    event.preventDefault();
    document.getElementById("main-content")?.focus();
  } else if (target?.closest("#start-now") && !ready()) {
    event.preventDefault();
    root.setAttribute("data-start-pressed", "");
    say("Getting the check ready. It will start in a moment.");
  }
});

// Links shown as buttons answer Space, as buttons do.
document.addEventListener("keydown", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (event.key === " " && target?.matches("a[role=button]")) {
    event.preventDefault();
    target.click();
  }
});

const app = document.querySelector('meta[name="app-wasm"]');
try {
  const jsUrl = new URL(app.dataset.js, document.baseURI);
  const wasmUrl = new URL(app.dataset.wasm, document.baseURI);
  const { default: init } = await import(jsUrl.href);
  const wasm = await init({ module_or_path: wasmUrl });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (error) {
  say("The check could not start. Check your connection and reload the page. If that does not work, try another browser.");
  throw error;
}

// Offline use: once the app has started, register the service worker (dist/sw.js, written by
// scripts/lib/precache.mjs), which keeps this build's files. Browsers offer service workers on
// https:// and on localhost only; elsewhere the app works as before, online.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("sw.js", document.baseURI)).catch((error) => {
    console.info("Offline use is not available here:", error.message);
  });
}
