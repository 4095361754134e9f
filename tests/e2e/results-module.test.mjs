// The results pages are a second WebAssembly module (src/ui/results/loader.rs, scripts/lib/app-wasm.mjs):
// the first page and the questions never wait for it; it is fetched once the app has started;
// a results page reached before it arrives says so, then shows with its heading focused.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axeProblems } from "./axe.mjs";
import { openApp, problems, offHostRequests } from "./harness.mjs";
import { appReady, buildFiles, MR_I } from "./promises.mjs";
import { answerRecord, headingFocused } from "./journey.mjs";

let app;
before(async () => {
  app = await openApp({ base: "/charity/check/" });
});
after(async () => {
  await app?.close();
});

test("the build has its modules (first, results, quick entry, and what the last two share), and the page preloads only the first", async () => {
  const files = await buildFiles();
  const modules = files.filter((f) => f.endsWith(".wasm"));
  assert.deepEqual(
    modules.map((f) => f.replace(/-[0-9a-f]{16}/, "")).sort(),
    ["chunk_3.wasm", "ni-record-check_bg.wasm", "split_quick_module.wasm", "split_results_module.wasm"],
    modules.join(" "),
  );
  const { page, url } = app;
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const preloaded = await page.evaluate(() => [...document.querySelectorAll("link[rel=preload], link[rel=modulepreload]")].map((l) => l.getAttribute("href")));
  assert.equal(preloaded.filter((h) => h.endsWith(".wasm")).length, 1, preloaded.join(" "));
  assert.ok(preloaded.some((h) => /^\.\/ni-record-check-[0-9a-f]{16}_bg\.wasm$/.test(h)), preloaded.join(" "));
});

test("the results module is fetched after the app starts; until it comes, the questions work and the results page says it is coming", async () => {
  // A fresh browser: once the service worker is installed it serves the files, past any route.
  const fresh = await openApp({ base: "/charity/check/" });
  try {
    const { page, context, url, log } = fresh;
    let release;
    const released = new Promise((ok) => (release = ok));
    const asked = [];
    await context.route("**/split_*.wasm", async (route) => {
      asked.push(await page.evaluate(() => document.documentElement.hasAttribute("data-app-ready")).catch(() => "page gone"));
      await released;
      await route.fallback();
    });
    await page.goto(url);
    await appReady(page);
    const answering = answerRecord(page, MR_I);
    const waiting = page.getByRole("status").filter({ hasText: "Getting your results ready." });
    await waiting.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator("main h1").count(), 0, "no results heading before the module");
    assert.ok(asked.length >= 1, "the results module was asked for");
    assert.ok(asked.every((ready) => ready === true), `asked for only once the app had started: ${asked}`);
    assert.deepEqual(await axeProblems(page), [], "the waiting page");

    release();
    await answering;
    await headingFocused(page);
    assert.equal(await waiting.count(), 0, "the waiting message has gone");
    assert.ok(await page.getByText("Spent", { exact: true }).first().isVisible(), "the results' rows are there");
    assert.deepEqual(problems(log), []);
    assert.deepEqual(offHostRequests(log), []);
  } finally {
    await fresh.close();
  }
});

test("if the results module cannot be fetched, the results page says so, keeps the answers, and Try again shows them", async () => {
  const fresh = await openApp({ base: "/charity/check/" });
  try {
    const { page, context, url, log } = fresh;
    let failing = true;
    let refused = 0;
    await context.route("**/split_*.wasm", async (route) => {
      if (!failing) return route.fallback();
      refused += 1;
      await route.abort("internetdisconnected");
    });
    await page.goto(url);
    await appReady(page);
    const answering = answerRecord(page, MR_I);
    const heading = page.locator("main h1", { hasText: "Your results could not be shown yet" });
    await heading.waitFor({ timeout: 30_000 });
    await headingFocused(page);
    assert.ok(refused >= 2, `the app asked at the start and again on the results page (${refused})`);
    assert.deepEqual(log.pageErrors, [], "the app did not stop");
    assert.deepEqual(await axeProblems(page), [], "the could-not-show page");

    failing = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await answering;
    await headingFocused(page);
    assert.ok(await page.getByText("Spent", { exact: true }).first().isVisible(), "the results' rows are there");
    // The only messages are the refused fetches' own, each an error naming the module.
    for (const problem of problems(log)) assert.match(problem, /split_|Failed to fetch|ERR_INTERNET_DISCONNECTED/, problem);
  } finally {
    await fresh.close();
  }
});

test("no errors or warnings were logged", () => {
  assert.deepEqual(problems(app.log), []);
});
