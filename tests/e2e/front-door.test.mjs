// The front door: the start page is in the served HTML, so it can be read before the
// WebAssembly arrives; a Start press made meanwhile is kept; the app takes over without moving
// anything; and the accessibility statement and privacy notice, linked from the footer, are
// plain pages that work offline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axeProblems } from "./axe.mjs";
import { openApp, problems, offHostRequests } from "./harness.mjs";
import { appReady, serviceWorkerReady } from "./promises.mjs";
import { choose, continueOn, headingFocused } from "./journey.mjs";

let app;
before(async () => {
  app = await openApp({ base: "/charity/check/" });
});
after(async () => {
  await app?.close();
});

/** Holds back every request for the .wasm until `release()` is called (then lets them by). */
async function holdWasm(context) {
  let release;
  const released = new Promise((ok) => (release = ok));
  // Newer routes are asked first, so a later hold takes over from this one.
  await context.route("**/*.wasm", async (route) => {
    await released;
    await route.fallback();
  });
  return { release: async () => release() };
}

/** Where the start page's parts are on screen. */
const layout = (page) =>
  page.evaluate(() =>
    ["main h1", ".lead", "#start-now", "#start-page > :last-child"].map((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return `${s} ${Math.round(r.top)} ${Math.round(r.left)} ${Math.round(r.width)} ${Math.round(r.height)}`;
    }),
  );

test("with the wasm held back, the start page can be read, axe finds nothing, and an early Start press is kept", async () => {
  const { page, context, url } = app;
  const wasm = await holdWasm(context);
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const h1 = page.locator("main h1");
  await h1.waitFor({ state: "visible" });
  assert.equal(await h1.textContent(), "Check what your criminal record will show");
  for (const words of ["for records in Northern Ireland, or in England and Wales", "Your answers stay on this phone or computer", "It cannot help you appeal against a conviction"]) {
    assert.ok(await page.getByText(words).isVisible(), words);
  }
  assert.ok(await page.getByRole("button", { name: "Exit this page" }).isVisible());
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-app-ready")), false, "the app has not started");
  assert.deepEqual(await axeProblems(page), []);

  await page.getByRole("button", { name: "Start now" }).click();
  await page.getByRole("status").filter({ hasText: "Getting the check ready" }).waitFor();
  assert.equal(await page.locator("input[name=kind]").count(), 0, "no question before the app is ready");

  await wasm.release();
  await page.locator("input[name=where]").first().waitFor({ timeout: 30_000 });
  await headingFocused(page);
  await choose(page, "where", "ni");
  await continueOn(page);
  await headingFocused(page);
  await choose(page, "birth-given", "no");
  await continueOn(page);
  await headingFocused(page);
  await choose(page, "kind", "caution");
  await continueOn(page);
  await page.getByRole("heading", { level: 1 }).filter({ hasText: "When" }).waitFor();
});

test("the app takes over the served start page without moving any of it", async () => {
  // A fresh browser: once the service worker is installed it serves the wasm, past any route.
  const fresh = await openApp({ base: "/charity/check/" });
  try {
    const { page, context, url, log } = fresh;
    const wasm = await holdWasm(context);
    await page.goto(url, { waitUntil: "domcontentloaded" });
    await page.locator("main h1").waitFor({ state: "visible" });
    const served = await layout(page);
    await wasm.release();
    await appReady(page);
    // The app adds "Carry on from saved answers" after the start page's words, below them.
    assert.deepEqual(await layout(page), served);
    assert.equal(await page.locator("main h1").count(), 1, "one start page, not two");
    assert.equal(await page.locator("#start-now").count(), 1);
    assert.ok(await page.getByLabel("Open saved answers").isVisible());
    // The app's start page still starts, with Space as with a button (Start is a link, so that
    // it works before any script does).
    await page.locator("#start-now").focus();
    await page.keyboard.press(" ");
    await page.locator("input[name=where]").first().waitFor();
    assert.deepEqual(problems(log), []);
  } finally {
    await fresh.close();
  }
});

test("the footer's accessibility statement and privacy notice open, pass axe, and work offline", async () => {
  const { page, context, url } = app;
  await page.goto(url);
  await appReady(page);
  await serviceWorkerReady(page);
  for (const [link, heading, words] of [
    ["Accessibility statement", "Accessibility statement", "We last reviewed this statement on"],
    ["Privacy notice", "Privacy notice", "There are no cookies."],
  ]) {
    await page.goto(url);
    await page.getByRole("link", { name: link }).click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    assert.ok(await page.getByText(words).isVisible(), words);
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector(".header")).backgroundColor);
    assert.equal(styled, "rgb(11, 12, 12)", "the app's stylesheet applies");
    assert.deepEqual(await axeProblems(page), [], link);
  }
  await context.setOffline(true);
  try {
    await page.goto(new URL("public/privacy.html", url).href);
    await page.getByRole("heading", { level: 1, name: "Privacy notice" }).waitFor();
    await page.getByRole("link", { name: "Back to the check" }).click();
    await page.getByRole("button", { name: "Start now" }).waitFor();
    await appReady(page);
  } finally {
    await context.setOffline(false);
  }
});

test("no errors or warnings were logged, and no request left 127.0.0.1", () => {
  assert.deepEqual(problems(app.log), []);
  assert.deepEqual(offHostRequests(app.log), []);
});
