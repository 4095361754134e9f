// Accessibility: axe-core on every kind of page of the journey, with error messages showing
// and on the results (with "What you can do"): no violation whose impact is serious or
// critical. Every one of those pages fits 320 x 640 and 200% zoom without scrolling sideways.
// And a journey done with the keyboard only (Tab, Space, Enter; arrow keys in radio groups;
// digits typed into the date boxes) reaches the results.
//
// 200% zoom: zooming a browser window 1280 x 1024 CSS pixels wide to 200% lays the page out
// in a viewport of 640 x 512 CSS pixels with window.devicePixelRatio 2: media queries, rem and
// percentages all see 640. Emulating exactly that viewport and pixel ratio (CDP
// Emulation.setDeviceMetricsOverride) is therefore the same layout as 200% zoom, and the test
// checks the page sees innerWidth 640 and devicePixelRatio 2. (320 x 640 is WCAG 1.4.10's
// reflow width: 1280 at 400%.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axeProblems } from "./axe.mjs";
import { choose, continueOn, typeDate } from "./journey.mjs";
import { launch, problems, startPage } from "./promises.mjs";

const SIZES = [
  { name: "320 x 640", width: 320, height: 640, deviceScaleFactor: 1 },
  { name: "200% zoom", width: 640, height: 512, deviceScaleFactor: 2 },
];

let app;
let cdp;
const audited = [];
before(async () => {
  app = await launch();
  cdp = await app.context.newCDPSession(app.page);
});
after(async () => {
  await app?.close();
});

/** Pages that scroll sideways at the small sizes. */
async function sideways(page) {
  const wide = [];
  for (const size of SIZES) {
    await cdp.send("Emulation.setDeviceMetricsOverride", { ...size, mobile: false });
    const seen = await page.evaluate(() => ({
      width: innerWidth,
      ratio: devicePixelRatio,
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.equal(seen.width, size.width, `${size.name}: the page sees the emulated width`);
    assert.equal(seen.ratio, size.deviceScaleFactor);
    if (seen.scroll > seen.client) wide.push(`${size.name}: ${seen.scroll}px of content in ${seen.client}px`);
  }
  await cdp.send("Emulation.clearDeviceMetricsOverride");
  await page.setViewportSize({ width: 1280, height: 720 });
  return wide;
}

/** Audits the page shown now; with `empty`, also its error state (Continue with nothing answered). */
async function audit(label, { empty = false } = {}) {
  const { page } = app;
  const found = [...(await axeProblems(page)), ...(await sideways(page))];
  audited.push({ label, found });
  if (empty) {
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.locator(".error-summary").waitFor();
    await audit(`${label}, with an error`);
  }
}

test("axe: no serious or critical problems, and no sideways scrolling, on every kind of page", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await audit("start page");
  await page.getByRole("button", { name: /^Start/ }).click();
  await page.locator("input[name=where]").first().waitFor();
  await audit("where", { empty: true });
  await choose(page, "where", "ni");
  await continueOn(page);
  await page.locator("input[name=birth-given]").first().waitFor();
  await audit("date of birth", { empty: true });
  await choose(page, "birth-given", "yes");
  await audit("date of birth, revealed");
  await choose(page, "birth-given", "no");
  await continueOn(page);
  await page.locator("input[name=kind]").first().waitFor();
  await audit("what was it", { empty: true });
  await choose(page, "kind", "conviction");
  await continueOn(page);
  await audit("date", { empty: true });
  await typeDate(page, "date", "2010-01-01");
  await continueOn(page);
  await audit("under 18", { empty: true });
  await choose(page, "under-18", "no");
  await continueOn(page);
  await audit("offence", { empty: true });
  await page.locator("#offence").focus();
  await page.locator("#offence").fill("drug");
  await page.locator("#offence[aria-expanded=true]").waitFor();
  await page.keyboard.press("ArrowDown");
  await audit("offence, with suggestions open");
  await page.keyboard.press("Escape");
  await page.locator("#offence").fill("");
  await page.locator("#offence-not-listed").check();
  await continueOn(page);
  await audit("sentence type", { empty: true });
  await choose(page, "sentence-type", "imprisonment");
  await continueOn(page);
  await audit("sentence length", { empty: true });
  if (await page.locator("input[name=length-given-as]").count()) await choose(page, "length-given-as", "length");
  await page.locator("#length-months").fill("6");
  await continueOn(page);
  await audit("suspended", { empty: true });
  await choose(page, "suspended", "yes");
  await continueOn(page);
  await audit("sentences for this conviction", { empty: true });
  await choose(page, "more-sentences", "no");
  await continueOn(page);
  await audit("specified offence", { empty: true });
  await choose(page, "specified", "not_sure");
  await continueOn(page);
  await audit("add another", { empty: true });
  await choose(page, "more-items", "yes");
  await continueOn(page);
  await choose(page, "kind", "caution");
  await continueOn(page);
  await typeDate(page, "date", { year: "2013" });
  await continueOn(page);
  await choose(page, "under-18", "yes");
  await continueOn(page);
  await page.locator("#offence-not-listed").check();
  await continueOn(page);
  await choose(page, "specified", "no");
  await continueOn(page);
  await choose(page, "more-items", "no");
  await continueOn(page);
  if (await page.locator("input[type=checkbox][id^=summary-only-]").count()) {
    await audit("summary-only offences");
    await continueOn(page);
  }
  await audit("check your answers");
  await continueOn(page);
  await audit("day the certificate would be issued", { empty: true });
  await choose(page, "check-today", "other");
  await typeDate(page, "check-date", "2016-07-15");
  await continueOn(page);
  await audit("certificate", { empty: true });
  await choose(page, "has-certificate", "yes");
  await typeDate(page, "issued", "2016-06-20");
  await continueOn(page);
  await page.locator("main h1", { hasText: "What a certificate issued on 15 July 2016 would show" }).waitFor();
  await audit("results, with What you can do");
  await page.locator("#save-answers").check();
  await page.locator("details summary").first().click().catch(() => {});
  await audit("results, saved, a Why opened");

  await page.getByRole("button", { name: "Delete my answers" }).click();
  await page.locator("main h1", { hasText: "Check what your criminal record will show" }).waitFor();

  assert.ok(audited.length >= 20, `${audited.length} pages audited`);
  assert.deepEqual(
    audited.filter((a) => a.found.length).map((a) => `${a.label}:\n  ${a.found.join("\n  ")}`),
    [],
  );
});

// Keyboard only.

/** Presses Tab until the focused element matches `selector` and, if given, has the text `text`. */
async function tabTo(page, selector, text) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const found = await page.evaluate(
      ([s, t]) => document.activeElement?.matches(s) && (t === undefined || document.activeElement.textContent.trim() === t),
      [selector, text],
    );
    if (found) return;
  }
  assert.fail(`Tab never reached ${selector} ${text ?? ""}`);
}

/** Tabs into a radio group and moves with the arrow keys until `value` (or id name-value) is chosen. */
async function radio(page, name, value) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 10; i++) {
    const chosen = await page.evaluate(
      ([n, v]) => {
        const el = document.activeElement;
        return el.checked && (el.value === v || el.id === `${n}-${v}`);
      },
      [name, value],
    );
    if (chosen) return;
    if (!(await page.evaluate(() => document.activeElement.checked))) await page.keyboard.press("Space");
    else await page.keyboard.press("ArrowDown");
  }
  assert.fail(`could not choose ${name}=${value} with the arrow keys`);
}

/** Tabs to the Continue button, presses Enter, and waits for the next page. */
async function next(page) {
  const before = await page.locator("main h1").first().textContent();
  await tabTo(page, "button", "Continue");
  await page.keyboard.press("Enter");
  await page.waitForFunction((b) => document.querySelector("main h1")?.textContent !== b, before, { timeout: 10_000 });
}

/** Tabs to each box of a date and types it. */
async function date(page, prefix, [year, month, day]) {
  if (await page.locator(`#${prefix}-known-day`).count()) await radio(page, `${prefix}-known`, "day");
  for (const [part, text] of [["day", day], ["month", month], ["year", year]]) {
    await tabTo(page, `#${prefix}-${part}`);
    await page.keyboard.type(text);
  }
}

test("a journey with the keyboard only reaches the results", async () => {
  const page = await app.context.newPage();
  try {
    await startPage(page, app.url);
    await tabTo(page, ".button--start");
    await page.keyboard.press("Enter");
    await page.locator("input[name=where]").first().waitFor();
    await radio(page, "where", "ni");
    await next(page);
    await page.locator("input[name=birth-given]").first().waitFor();
    await radio(page, "birth-given", "no");
    await next(page);
    await page.locator("input[name=kind]").first().waitFor();
    await radio(page, "kind", "conviction");
    await next(page);
    await date(page, "date", ["2009", "1", "1"]);
    await next(page);
    await radio(page, "under-18", "no");
    await next(page);
    // The offence finder: type, ArrowDown to the suggestion, Enter to choose it.
    await tabTo(page, "#offence");
    await page.keyboard.type("shoplifting");
    await page.locator("#offence[aria-expanded=true]").waitFor();
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.locator("#offence").getAttribute("aria-activedescendant"), "offence-option-0");
    assert.match(await page.locator("#offence-option-0").innerText(), /^Theft/);
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#offence").inputValue(), "Theft");
    assert.equal(await page.locator("#offence").getAttribute("aria-expanded"), "false");
    await page.getByText("This offence is not on the list of specified offences.").waitFor();
    await next(page);
    await radio(page, "sentence-type", "fine");
    await next(page);
    if (await page.locator("input[name=suspended]").count()) {
      await radio(page, "suspended", "no");
      await next(page);
    }
    await radio(page, "more-sentences", "no");
    await next(page);
    // The offence table answered "specified": the question is not asked.
    await radio(page, "more-items", "no");
    await next(page);
    if (await page.locator("input[type=checkbox][id^=summary-only-]").count()) await next(page);
    assert.equal((await page.locator("main h1").textContent()).trim(), "Check your answers");
    await next(page);
    await radio(page, "check-today", "other");
    await date(page, "check-date", ["2016", "7", "15"]);
    await next(page);
    await radio(page, "has-certificate", "no");
    await next(page);
    assert.equal((await page.locator("main h1").textContent()).trim(), "What a certificate issued on 15 July 2016 would show");
    // The save choice and a Why are reachable too: Space ticks, Enter opens.
    await tabTo(page, "#save-answers");
    await page.keyboard.press("Space");
    assert.ok(await page.locator("#save-answers").isChecked());
    await tabTo(page, "#save-answers");
    await page.keyboard.press("Space");
    assert.ok(!(await page.locator("#save-answers").isChecked()));
  } finally {
    await page.close();
  }
});

test("no errors or warnings were logged", () => {
  assert.deepEqual(problems(app.log), []);
});
