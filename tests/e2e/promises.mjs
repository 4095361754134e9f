// Shared by the tests of the app's promises (offline, privacy, storage, accessibility, budget):
// a server the test can stop, a browser whose every request is recorded with its method and
// whether the service worker answered it, and a few records to answer.
import { readdir, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { DIST, serveAndLaunch } from "./harness.mjs";

export { DIST };

/**
 * Serves `root` (default dist/) under `base` on 127.0.0.1 and opens Chromium with a fresh
 * profile. Returns { url, context, page, log, stopServer(), close() }; `log.requests` holds
 * { url, method, resourceType, worker, request } for every request the context saw (`worker`:
 * made by the service worker), `log.served` { method, path } for every request the server got,
 * `log.console` and `log.pageErrors` what the pages said. `contextOptions` go to Playwright;
 * `setUpProfile(folder)` may write to the fresh profile before Chromium opens it.
 */
export async function launch({ base = "/charity/record-check/", root = DIST, contextOptions = {}, setUpProfile } = {}) {
  const { server, context, profile } = await serveAndLaunch({
    base,
    root,
    contextOptions,
    setUpProfile,
    profilePrefix: "ni-e2e-promises-",
  });
  const log = { requests: [], console: [], pageErrors: [], served: [] };
  // What the server itself was asked for, whoever asked (page, service worker or browser).
  server.server.on("request", (req) => log.served.push({ method: req.method, path: req.url }));
  context.on("request", (request) =>
    log.requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      worker: Boolean(request.serviceWorker()),
      request,
    }),
  );
  const watch = (page) => {
    page.on("console", (message) => log.console.push({ type: message.type(), text: message.text() }));
    page.on("pageerror", (error) => log.pageErrors.push(String(error)));
  };
  const existing = context.pages()[0];
  context.on("page", watch);
  if (existing) watch(existing);
  const page = existing ?? (await context.newPage());
  return {
    url: server.url,
    context,
    page,
    log,
    /** Stops the server entirely (open connections too): nothing answers at the app's address. */
    stopServer: () => server.stop(),
    async close() {
      await context.close();
      await this.stopServer();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker is active and controls the page. */
export async function serviceWorkerReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    }
  });
}

/** The app's start page, ready to use: its Start button is there and the app has started. */
export async function startPage(page, url) {
  await page.goto(url);
  await page.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 30_000 });
  await appReady(page);
}

/** Waits until the app has taken over the served start page (src/ui/front_door.rs). */
export async function appReady(page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-app-ready"), null, { timeout: 30_000 });
}

/** Every file in a build folder, as paths relative to it ("public/icons/icon.svg"). */
export async function buildFiles(root = DIST) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)).split(sep).join("/"))
    .sort();
}

/** The file of the build a same-origin URL names ("" and "x/" are index.html), or null. */
export function fileFor(url, appUrl, files) {
  if (!url.startsWith(appUrl)) return null;
  let path = decodeURIComponent(new URL(url).pathname.slice(new URL(appUrl).pathname.length));
  if (path === "" || path.endsWith("/")) path += "index.html";
  return files.includes(path) ? path : null;
}

/** Console errors and warnings, and uncaught page errors. */
export { problems } from "./harness.mjs";

// Records to answer, in the case format tests/e2e/journey.mjs reads.

/** Mr I, from the Short Guide: a fine in 2009, checked in July 2016 with a certificate: he can apply. */
export const MR_I = {
  disposals: [{ kind: "conviction", date: "2009-01-01", under_18: false, specified: false, sentences: [{ type: "fine" }] }],
  check_date: "2016-07-15",
  certificate_issued: "2016-06-20",
};

/** Two items: a suspended sentence and a caution whose offence the person is not sure about. */
export const TWO_ITEMS = {
  disposals: [
    { kind: "conviction", date: "2010-03-04", under_18: false, specified: false, sentences: [{ type: "imprisonment", months: 6, suspended: true }] },
    { kind: "caution", date: "2013-05-06", under_18: true, specified: null },
  ],
  check_date: "2016-07-15",
};
