// Quick entry and the date of birth, in Chromium:
// - five convictions with one sentence each, by quick entry with a date of birth, take at most
//   12 pages from the start page to the results; by the guided route with a date of birth, 35
//   (39 before: five "under 18?" pages go, one date-of-birth page comes); both give the same
//   results, word for word;
// - a quick-entry page with every error shown at once, and with two sentence rows, is axe clean
//   and fits 320 px and 200% zoom; the whole quick route works with the keyboard only at 320 px (Tab, Space,
//   arrows, typing, Enter), and the keystrokes are counted;
// (The date of birth's privacy is in storage.test.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { answerRecord, choose, typeDate } from "./journey.mjs";
import { launch, problems, startPage } from "./promises.mjs";

const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const KEY = "ni-record-check.answers";
const BIRTH = "1985-04-20";

/** Five convictions, one fine each, all for theft (the table answers both legal questions). */
const FIVE = {
  birth: BIRTH,
  disposals: [2008, 2010, 2012, 2014, 2016].map((year) => ({
    kind: "conviction",
    date: `${year}-03-02`,
    under_18: false,
    offence: { type: "theft", choose: "Theft" },
    sentences: [{ type: "fine" }],
  })),
  check_date: "2026-01-01",
};

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/** Records every page the app shows (each is a new URL fragment) from now on. */
async function countPages(page) {
  await page.evaluate(() => {
    window.__pages = [];
    addEventListener("hashchange", () => window.__pages.push(location.hash.replace(/\?.*$/, "")));
  });
  // The pages before the results, as the issue counts them (39 for this record before).
  return async () =>
    page.evaluate(() => window.__pages.filter((h, i, all) => (i === 0 || all[i - 1] !== h) && h !== "#/results"));
}

/** Presses a button by its words and waits for the page (its URL fragment) to change. */
async function press(page, name) {
  const before = await page.evaluate(() => location.hash);
  await page.getByRole("button", { name, exact: true }).click();
  await page.waitForFunction((b) => location.hash !== b, before, { timeout: 10_000 });
}

/** Fills in one quick-entry page for `d` (as journey.mjs's records). */
async function quickItem(page, d) {
  await page.locator("input[name=kind]").first().waitFor();
  await choose(page, "kind", d.kind);
  await typeDate(page, "date", d.date);
  if (await page.locator("input[name=under-18]").count()) await choose(page, "under-18", d.under_18 ? "yes" : "no");
  await page.locator("#offence").fill(d.offence.type);
  await page.getByRole("option", { name: d.offence.choose }).first().click();
  for (const [j, s] of d.sentences.entries()) {
    if (j > 0) await page.getByRole("button", { name: "Add another sentence" }).click();
    const row = `sentence-${j + 1}-`;
    await page.locator(`input[name="${row}sentence-type"]`).first().waitFor();
    await choose(page, `${row}sentence-type`, s.type);
    if (s.months !== undefined) await page.locator(`#${row}length-months`).fill(String(s.months));
    if (s.suspended !== undefined) await choose(page, `${row}suspended`, s.suspended ? "yes" : "no");
  }
}

/** From the start page, by quick entry: every item, the list, and on to the results. */
async function quickRecord(page, record) {
  await page.getByRole("link", { name: "Use quick entry" }).click();
  await page.locator("input[name=where]").first().waitFor();
  assert.ok(await page.locator("#quick").isChecked(), "the start page's link chose quick entry");
  await choose(page, "where", "ni");
  await press(page, "Continue");
  await choose(page, "birth-given", "yes");
  await typeDate(page, "birth", record.birth);
  await press(page, "Continue");
  for (const [i, d] of record.disposals.entries()) {
    await quickItem(page, d);
    await press(page, i + 1 < record.disposals.length ? "Save and add another item" : "Continue");
  }
  await page.locator("main h1", { hasText: `You have added ${record.disposals.length} cautions or convictions` }).waitFor();
  await press(page, "Continue");
  await page.locator("main h1", { hasText: "Check your answers" }).waitFor();
  await press(page, "Continue");
  await choose(page, "check-today", "other");
  await typeDate(page, "check-date", record.check_date);
  await press(page, "Continue");
  await choose(page, "has-certificate", "no");
  await press(page, "Continue");
  await page.locator("main h1", { hasText: /^What a certificate issued on/ }).waitFor();
}

async function results(page) {
  return (await page.locator("main").innerText()).replace(/\s+/g, " ");
}

test("five convictions: at most 12 pages by quick entry, 35 by the guided route, the same results", async () => {
  const { page, url } = app;
  await startPage(page, url);
  let pages = await countPages(page);
  await quickRecord(page, FIVE);
  const quick = await pages();
  const quickResults = await results(page);
  console.log(`quick entry: ${quick.length} pages from the start page to the results page: ${quick.join(" ")}`);
  assert.ok(quick.length <= 12, `${quick.length} pages: ${quick.join(" ")}`);
  assert.match(quickResults, /worked out from your date of birth/);

  await page.getByRole("button", { name: "Delete my answers" }).click();
  await startPage(page, url);
  pages = await countPages(page);
  await answerRecord(page, FIVE);
  const guided = await pages();
  console.log(`guided, with a date of birth: ${guided.length} pages`);
  assert.equal(guided.length, 35, guided.join(" "));
  assert.ok(!guided.some((p) => p.endsWith("/age")), "no under-18 question");
  assert.equal(await results(page), quickResults, "the same results either way");
  assert.deepEqual(problems(app.log), []);
});

/** axe's serious and critical violations. */
async function axeProblems(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

async function fits(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

/**
 * Keyboard-only helpers for `page`, counting every key pressed: Tab to a field, arrows in a radio
 * group, typing, and Enter that waits for the next page and its focus.
 */
function keyboard(page) {
  let count = 0;
  const press = async (key) => {
    count += 1;
    await page.keyboard.press(key);
  };
  const type = async (text) => {
    count += text.length;
    await page.keyboard.type(text);
  };
  const focused = (selector) => page.evaluate((s) => document.activeElement?.matches(s), selector);
  const tabTo = async (selector) => {
    for (let i = 0; i < 150; i++) {
      if (await focused(selector)) return;
      await press("Tab");
    }
    assert.fail(`Tab never reached ${selector}`);
  };
  /** Into a radio group, then the arrow keys until `value` is chosen. */
  const radio = async (name, value) => {
    await tabTo(`input[type=radio][name="${name}"]`);
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((v) => document.activeElement.checked && document.activeElement.value === v, value)) return;
      await press(await page.evaluate(() => document.activeElement.checked) ? "ArrowDown" : "Space");
    }
    assert.fail(`could not choose ${name}=${value}`);
  };
  /** Enter on a field: the form goes on, and the new page's heading (or first field) takes the focus. */
  const enter = async (focus = "main h1") => {
    const before = await page.evaluate(() => location.hash);
    await press("Enter");
    await page.waitForFunction((b) => location.hash !== b, before, { timeout: 10_000 });
    await page.waitForFunction((s) => document.activeElement?.matches(s), focus, { timeout: 10_000 });
  };
  /** A date's three boxes, Tab between them. */
  const date = async (prefix, [d, m, y]) => {
    await tabTo(`#${prefix}-day`);
    await type(d);
    await press("Tab");
    await type(m);
    await press("Tab");
    await type(y);
  };
  return { press, type, focused, tabTo, radio, enter, date, keys: () => count };
}

test("a quick-entry page, keyboard only at 320 px: errors all at once, two sentence rows, axe clean", async () => {
  const page = await app.context.newPage();
  const { press, type, focused, tabTo, radio, enter, keys } = keyboard(page);
  const heading = (text) => page.locator("main h1", { hasText: text }).waitFor();
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    await startPage(page, app.url);
    await tabTo("#start-quick");
    await enter();
    await radio("where", "ni");
    await enter();
    await radio("birth-given", "yes");
    await tabTo("#birth-day");
    await type("20");
    await press("Tab");
    await type("4");
    await press("Tab");
    await type("1985");
    // The first field has the focus.
    await enter("#kind");
    // Continue with nothing answered but "conviction": every problem at once.
    await radio("kind", "conviction");
    await page.locator("input[name='sentence-1-sentence-type']").first().waitFor();
    await press("Enter");
    await page.locator(".error-summary").waitFor();
    const errors = await page.locator(".error-summary li").allInnerTexts();
    assert.deepEqual(errors, [
      "Enter the date of the conviction",
      // No date yet, so the date of birth cannot tell: asked until the date is given.
      "Select yes if you were under 18 on that date",
      "Enter the offence and choose it from the list, or select \"I can't find my offence\"",
      "Select the sentence",
    ]);
    // Each error links to its field.
    await page.locator(".error-summary a", { hasText: "Select the sentence" }).click();
    assert.ok(await focused("#sentence-1-sentence-type"));
    assert.deepEqual(await axeProblems(page), [], "with its errors shown");
    assert.ok(await fits(page), "fits 320 px with its errors shown");

    // Now, with the keyboard: the date, the offence, two sentences.
    await tabTo("#date-day");
    await type("2");
    await press("Tab");
    await type("3");
    await press("Tab");
    await type("2015");
    await page.locator("input[name=under-18]").first().waitFor({ state: "detached" });
    await tabTo("#offence");
    await type("theft");
    await page.locator("#offence[aria-expanded=true]").waitFor();
    await press("ArrowDown");
    await press("Enter");
    assert.equal(await page.locator("#offence").inputValue(), "Theft");
    await radio("sentence-1-sentence-type", "fine");
    await tabTo("#add-sentence");
    await press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "sentence-2-sentence-type");
    await radio("sentence-2-sentence-type", "imprisonment");
    await tabTo("#sentence-2-length-months");
    await type("6");
    await radio("sentence-2-suspended", "yes");
    assert.equal(await page.locator(".add-another__item").count(), 2, "two sentence rows");
    assert.deepEqual(await axeProblems(page), [], "with two sentence rows");
    assert.ok(await fits(page), "fits 320 px with two sentence rows");
    // 200% zoom: a 1280-wide window at 200% lays out in 640 CSS pixels at pixel ratio 2.
    const cdp = await app.context.newCDPSession(page);
    await cdp.send("Emulation.setDeviceMetricsOverride", { width: 640, height: 512, deviceScaleFactor: 2, mobile: false });
    assert.equal(await page.evaluate(() => devicePixelRatio), 2);
    assert.ok(await fits(page), "fits at 200% zoom with two sentence rows");
    await cdp.send("Emulation.clearDeviceMetricsOverride");
    await page.setViewportSize({ width: 320, height: 640 });
    // Enter continues: to the list, then check your answers, the dates and the results.
    await tabTo("#sentence-2-length-months");
    await enter();
    await heading("You have added 1 caution or conviction");
    assert.deepEqual(await axeProblems(page), [], "the list");
    assert.ok(await fits(page), "the list fits 320 px");
    await tabTo("button.button:not(.button--secondary)");
    await enter();
    await heading("Check your answers");
    assert.match(await page.locator("main").innerText(), /No \(from your date of birth\)/);
    await tabTo("form button[type=submit]");
    await enter();
    await radio("check-today", "other");
    await tabTo("#check-date-day");
    await type("1");
    await press("Tab");
    await type("1");
    await press("Tab");
    await type("2026");
    await enter();
    await radio("has-certificate", "no");
    await enter();
    await heading(/^What a certificate issued on 1 January 2026/);
    console.log(`quick entry, keyboard only, one conviction with two sentences: ${keys()} keystrokes`);
    assert.deepEqual(problems(app.log), []);
  } finally {
    await page.close();
  }
});

/**
 * Keyboard only, five convictions (a fine each, for theft): the keystrokes of each route, before
 * (guided, "I'd rather not say": today's route and its under-18 pages, plus this one page) and
 * after (guided with a date of birth; quick entry with a date of birth).
 */
test("keystrokes for five convictions, keyboard only, by each route", async () => {
  const counts = {};
  for (const route of ["guided, no date of birth", "guided, date of birth", "quick entry, date of birth"]) {
    const page = await app.context.newPage();
    const { press, type, tabTo, radio, enter, date, keys } = keyboard(page);
    const offence = async () => {
      await tabTo("#offence");
      await type("theft");
      await page.locator("#offence[aria-expanded=true]").waitFor();
      await press("ArrowDown");
      await press("Enter");
    };
    const quick = route.startsWith("quick");
    try {
      await startPage(page, app.url);
      const seen = await countPages(page);
      await tabTo(quick ? "#start-quick" : "#start-now");
      await enter();
      await radio("where", "ni");
      await enter();
      if (route.endsWith("no date of birth")) {
        await radio("birth-given", "no");
      } else {
        await radio("birth-given", "yes");
        await date("birth", ["20", "4", "1985"]);
      }
      await enter(quick ? "#kind" : "main h1");
      for (const [i, d] of FIVE.disposals.entries()) {
        const [y, m, day] = d.date.split("-");
        if (quick) {
          await radio("kind", "conviction");
          await date("date", [String(Number(day)), String(Number(m)), y]);
          await offence();
          await radio("sentence-1-sentence-type", "fine");
          if (i + 1 < FIVE.disposals.length) {
            await tabTo("button.button--secondary:not(#add-sentence)");
            await enter("#kind");
          } else {
            await tabTo("button[type=submit]");
            await enter();
          }
          continue;
        }
        await radio("kind", "conviction");
        await enter();
        await date("date", [String(Number(day)), String(Number(m)), y]);
        await enter();
        if (await page.locator("input[name=under-18]").count()) {
          await radio("under-18", "no");
          await enter();
        }
        await offence();
        await enter();
        await radio("sentence-type", "fine");
        await enter();
        await radio("more-sentences", "no");
        await enter();
        await radio("more-items", i + 1 < FIVE.disposals.length ? "yes" : "no");
        await enter();
      }
      if (quick) {
        await tabTo("button[type=submit]");
        await enter();
      }
      await page.locator("main h1", { hasText: "Check your answers" }).waitFor();
      await tabTo("form button[type=submit]");
      await enter();
      await radio("check-today", "other");
      await date("check-date", ["1", "1", "2026"]);
      await enter();
      await radio("has-certificate", "no");
      await enter();
      await page.locator("main h1", { hasText: /^What a certificate issued on 1 January 2026/ }).waitFor();
      counts[route] = { keys: keys(), pages: (await seen()).length };
    } finally {
      await page.close();
    }
  }
  console.log(`keystrokes, five convictions, keyboard only: ${JSON.stringify(counts)}`);
  assert.ok(counts["quick entry, date of birth"].keys < counts["guided, date of birth"].keys);
  assert.ok(counts["guided, date of birth"].keys < counts["guided, no date of birth"].keys);
  // Before this change the guided route took 39 pages before the results: "I'd rather not say"
  // is that route and one page more; a date of birth takes five "under 18?" pages away.
  assert.equal(counts["guided, no date of birth"].pages, 40);
  assert.equal(counts["guided, date of birth"].pages, 35);
  assert.ok(counts["quick entry, date of birth"].pages <= 12);
  assert.deepEqual(problems(app.log), []);
});

test("England and Wales by quick entry: its own questions in the page, a refusal at its row's field", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await page.getByRole("link", { name: "Use quick entry" }).click();
  await choose(page, "where", "ew");
  await press(page, "Continue");
  await choose(page, "birth-given", "no");
  await press(page, "Continue");
  // A conviction: a prison sentence of 36 months, suspended (at most 24 can be).
  await choose(page, "kind", "conviction");
  await typeDate(page, "date", "2019-05-20");
  await choose(page, "under-18", "no");
  await choose(page, "sentence-1-sentence-type", "imprisonment");
  await page.locator("#sentence-1-length-months").fill("36");
  await choose(page, "sentence-1-start-other", "same");
  await choose(page, "sentence-1-suspended", "yes");
  await choose(page, "specified", "no");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.locator(".error-summary").waitFor();
  const error = page.locator(".error-summary a");
  assert.equal(await error.count(), 1);
  assert.match(await error.innerText(), /24 months/);
  await error.click();
  const focusedId = await page.evaluate(() => document.activeElement?.id);
  assert.match(focusedId, /^sentence-1-/, `the link goes to the row's field (${focusedId})`);
  assert.deepEqual(await axeProblems(page), [], "an E&W quick page with its error");
  await page.locator("#sentence-1-length-months").fill("12");
  // A fixed penalty notice: asked whether it was endorsed, on its page.
  await press(page, "Save and add another item");
  await choose(page, "kind", "fixed_penalty_notice");
  await typeDate(page, "date", "2025-02-03");
  await choose(page, "under-18", "no");
  await choose(page, "endorsed", "no");
  await press(page, "Continue");
  await page.locator("main h1", { hasText: "You have added 2 cautions or convictions" }).waitFor();
  await press(page, "Continue");
  await press(page, "Continue");
  await choose(page, "check-today", "other");
  await typeDate(page, "check-date", "2026-06-08");
  await press(page, "Continue");
  await page.locator("main h1", { hasText: /^What a certificate issued on 8 June 2026/ }).waitFor();
  assert.match(await results(page), /DBS/);
  assert.deepEqual(problems(app.log), []);
  await page.getByRole("button", { name: "Delete my answers" }).click();
});

test("Add another sentence before the first is answered gives two rows, the new one focused; Remove takes one away", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await page.getByRole("link", { name: "Use quick entry" }).click();
  await choose(page, "where", "ni");
  await press(page, "Continue");
  await choose(page, "birth-given", "no");
  await press(page, "Continue");
  await choose(page, "kind", "conviction");
  await page.getByRole("button", { name: "Add another sentence" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "sentence-2-sentence-type");
  assert.equal(await page.locator(".add-another__item").count(), 2);
  await page.getByRole("button", { name: "Remove sentence 2" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "add-sentence");
  assert.equal(await page.locator(".add-another__item").count(), 1);
  assert.deepEqual(problems(app.log), []);
  await page.evaluate(() => (location.hash = "#/"));
});

test("summary-only on a quick page: asked only with another conviction and when the table cannot tell", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await page.getByRole("link", { name: "Use quick entry" }).click();
  await choose(page, "where", "ni");
  await press(page, "Continue");
  await choose(page, "birth-given", "no");
  await press(page, "Continue");
  for (const [n, year] of [[1, "2012"], [2, "2015"]]) {
    await choose(page, "kind", "conviction");
    await typeDate(page, "date", `${year}-05-01`);
    await choose(page, "under-18", "no");
    await page.locator("#offence-not-listed").check();
    await choose(page, "sentence-1-sentence-type", "fine");
    await choose(page, "specified", "no");
    // One conviction so far: nothing to ask. The second: the table cannot tell, so it is asked.
    assert.equal(await page.locator("#summary-only").count(), n === 1 ? 0 : 1, `item ${n}`);
    if (n === 2) await page.getByLabel("The offence was summary-only").check();
    await press(page, n === 1 ? "Save and add another item" : "Continue");
  }
  await press(page, "Continue");
  await page.locator("main h1", { hasText: "Check your answers" }).waitFor();
  const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  assert.match(text, /Summary-only offence Yes/);
  assert.match(text, /Summary-only offence No, or not sure/);
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(problems(app.log), []);
  await page.getByRole("button", { name: "Delete my answers" }).click();
});
