// Drives the guided check the way a person does: clicks radios by their
// labels' inputs, types dates into the three boxes, presses Continue.
// A record is described like the case format, so tests read like the guide.
import assert from "node:assert/strict";

/** Presses Continue and waits for the next page's heading to change. */
export async function continueOn(page) {
  await continueOnPage(page);
}

async function continueOnPage(page) {
  const before = await page.locator("main h1").first().textContent();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.waitForFunction((b) => document.querySelector("main h1")?.textContent !== b, before, { timeout: 10_000 });
}

/** From the start page: "Start now", then "Where were you cautioned or convicted?" (ni or ew), to the first question. */
export async function startCheck(page, where = "ni", birth = undefined) {
  await page.getByRole("button", { name: /^Start/ }).click();
  await answerWhere(page, where, birth);
}

/** On "Where were you cautioned or convicted?": chooses `where`, then answers the date of birth
 * ("I'd rather not say" unless `birth` is given, as "YYYY-MM-DD"), and goes on to "What was it?". */
export async function answerWhere(page, where = "ni", birth = undefined) {
  await page.locator("input[name=where]").first().waitFor();
  await choose(page, "where", where);
  await continueOnPage(page);
  await answerBirth(page, birth);
  await page.locator("input[name=kind]").first().waitFor();
}

/** On "What is your date of birth?": gives it ("YYYY-MM-DD"), or "I'd rather not say". */
export async function answerBirth(page, birth = undefined) {
  await page.locator("input[name=birth-given]").first().waitFor();
  if (birth) {
    await choose(page, "birth-given", "yes");
    await typeDate(page, "birth", birth);
  } else {
    await choose(page, "birth-given", "no");
  }
  await continueOnPage(page);
}

export async function choose(page, name, value) {
  await page.locator(`input[name="${name}"][value="${value}"]`).check();
}

/** Types a date ("2016-07-15", or { year, month } / { year } for a partly known one). */
export async function typeDate(page, prefix, date) {
  const d = typeof date === "string" ? (([year, month, day]) => ({ year, month, day }))(date.split("-")) : date;
  const known = d.day ? "day" : d.month ? "month" : "year";
  const radio = page.locator(`#${prefix}-known-${known}`);
  if (await radio.count()) await radio.check();
  if (d.day) await page.locator(`#${prefix}-day`).fill(String(Number(d.day)));
  if (d.month) await page.locator(`#${prefix}-month`).fill(String(Number(d.month)));
  await page.locator(`#${prefix}-year`).fill(String(d.year));
}

const yesNo = (b) => (b ? "yes" : "no");
const has = async (page, name) => (await page.locator(`input[name="${name}"]`).count()) > 0;

/**
 * Answers every question for `record` from the start page to the results.
 * record: { disposals: [{ kind, date, under_18, specified: true|false|null,
 *   offence?: { type: "cannabis", choose: "Possession of a controlled drug (Class B)" },
 *   sentences: [{ type, months, days, ends, suspended }] }], summary_only: [index],
 *   check_date: "YYYY-MM-DD" | "today", certificate_issued?: "YYYY-MM-DD" }
 * Without an offence, the offence page is answered "I can't find my offence". A question the
 * offence table answers is not asked: meeting it with no answer in the record fails.
 * Returns the headings of the pages seen after the start page.
 */
export async function answerRecord(page, record) {
  const headings = [];
  const continueOn = async (p) => {
    await continueOnPage(p);
    headings.push((await p.locator("main h1").first().textContent()).trim());
  };
  await startCheck(page, record.jurisdiction ?? "ni", record.birth);
  for (const [i, d] of record.disposals.entries()) {
    if (i > 0) {
      await choose(page, "more-items", "yes");
      await continueOn(page);
    }
    await choose(page, "kind", d.kind);
    await continueOn(page);
    await typeDate(page, "date", d.date);
    await continueOn(page);
    // Not asked when the date of birth tells.
    if (await page.locator("input[name=under-18]").count()) {
      await choose(page, "under-18", yesNo(d.under_18));
      await continueOn(page);
    }
    await chooseOffence(page, d.offence);
    await continueOn(page);
    if (d.kind === "conviction") {
      for (const [j, s] of d.sentences.entries()) {
        if (j > 0) {
          await choose(page, "more-sentences", "yes");
          await continueOn(page);
        }
        await choose(page, "sentence-type", s.type);
        await continueOn(page);
        if (await page.locator("#length-months").count() || await page.locator("input[name=length-given-as]").count()) {
          if (await page.locator("input[name=length-given-as]").count()) {
            const how = s.ends ? "end_date" : s.months !== undefined || s.days !== undefined ? "length" : "until_further_order";
            await choose(page, "length-given-as", how);
            if (s.ends) await typeDate(page, "ends", s.ends);
          }
          if (s.months !== undefined) await page.locator("#length-months").fill(String(s.months));
          if (s.days !== undefined) await page.locator("#length-days").fill(String(s.days));
          await continueOn(page);
        }
        if (await page.locator("input[name=suspended]").count()) {
          await choose(page, "suspended", yesNo(s.suspended));
          await continueOn(page);
        }
      }
      await choose(page, "more-sentences", "no");
      await continueOn(page);
    }
    if (await page.locator("input[name=specified]").count()) {
      assert.ok(d.specified !== undefined, `item ${i + 1}: the specified question was asked`);
      await choose(page, "specified", d.specified === null ? "not_sure" : yesNo(d.specified));
      await continueOn(page);
    }
  }
  await choose(page, "more-items", "no");
  await continueOn(page);
  if (await page.locator("input[type=checkbox][id^=summary-only-]").count()) {
    for (const i of record.summary_only ?? []) await page.locator(`#summary-only-${i + 1}`).check();
    await continueOn(page);
  }
  assert.equal((await page.locator("main h1").textContent()).trim(), "Check your answers");
  await continueOn(page);
  if (record.check_date === "today") {
    await choose(page, "check-today", "today");
  } else {
    await choose(page, "check-today", "other");
    await typeDate(page, "check-date", record.check_date);
  }
  await continueOn(page);
  if (record.certificate_issued) {
    await choose(page, "has-certificate", "yes");
    await typeDate(page, "issued", record.certificate_issued);
  } else {
    await choose(page, "has-certificate", "no");
  }
  await continueOn(page);
  await page.locator("main h1", { hasText: /^What a certificate issued (today|on)/ }).waitFor();
  return headings;
}

/** Waits for a new page to move focus to its heading (typing before that would lose focus, as a person would). */
export async function headingFocused(page) {
  await page.waitForFunction(() => document.activeElement === document.querySelector("main h1"), null, { timeout: 10_000 });
}

/** On the offence page: types `offence.type` and clicks the suggestion `offence.choose`, or ticks "I can't find my offence". */
export async function chooseOffence(page, offence) {
  await page.locator("#offence").waitFor();
  await headingFocused(page);
  if (!offence) {
    await page.locator("#offence-not-listed").check();
    return;
  }
  await page.locator("#offence").fill(offence.type);
  await page.getByRole("option", { name: offence.choose }).first().click();
  assert.equal(await page.locator("#offence").inputValue(), offence.choose);
}

/** The results page's text for one item, by its heading (for example "Conviction, 1 July 1980"). */
export async function itemText(page, heading) {
  return (await page.locator("section.item", { has: page.locator("h2", { hasText: heading }) }).innerText()).replace(/\s+/g, " ");
}

/**
 * Answers an England and Wales record from the start page to its results (the record as for
 * `answerRecord`, with a sentence's `start`, `paid_on` and an item's `conditions_end`; no
 * offence page). `onPage(page, label)` runs on every page after it has its focus (for
 * example an accessibility audit). Returns the headings of the pages seen.
 */
export async function answerEwRecord(page, record, onPage = async () => {}) {
  const headings = [];
  const go = async () => {
    await continueOn(page);
    await headingFocused(page);
    const h = (await page.locator("main h1").first().textContent()).trim();
    headings.push(h);
    await onPage(page, h);
  };
  await page.getByRole("button", { name: /^Start/ }).click();
  await page.locator("input[name=where]").first().waitFor();
  await onPage(page, "where");
  await choose(page, "where", "ew");
  await go();
  await choose(page, "birth-given", "no");
  await go();
  for (const [i, d] of record.disposals.entries()) {
    if (i > 0) {
      await choose(page, "more-items", "yes");
      await go();
    }
    await choose(page, "kind", d.kind);
    await go();
    await typeDate(page, "date", d.date);
    await go();
    await choose(page, "under-18", yesNo(d.under_18));
    await go();
    for (const [j, s] of (d.sentences ?? []).entries()) {
      if (j > 0) {
        await choose(page, "more-sentences", "yes");
        await go();
      }
      await choose(page, "sentence-type", s.type);
      await go();
      if (await has(page, "length-given-as")) await choose(page, "length-given-as", s.ends ? "end_date" : "length");
      if (s.ends) await typeDate(page, "ends", s.ends);
      if (s.months !== undefined) {
        await page.locator("#length-months").fill(String(s.months));
      }
      if (s.months !== undefined || s.ends) await go();
      if (await has(page, "start-other")) {
        await choose(page, "start-other", s.start ? "other" : "same");
        if (s.start) await typeDate(page, "start", s.start);
        await go();
      }
      if (await has(page, "suspended")) {
        await choose(page, "suspended", yesNo(s.suspended));
        await go();
      }
      if (await has(page, "paid")) {
        await choose(page, "paid", s.paid_on ? "yes" : "no");
        if (s.paid_on) await typeDate(page, "paid-on", s.paid_on);
        await go();
      }
    }
    if (d.kind === "conviction") {
      await choose(page, "more-sentences", "no");
      await go();
    }
    if (await has(page, "conditions-known")) {
      await choose(page, "conditions-known", d.conditions_end ? "yes" : "no");
      if (d.conditions_end) await typeDate(page, "conditions-end", d.conditions_end);
      await go();
    }
    if (await has(page, "specified")) {
      await choose(page, "specified", d.specified === null ? "not_sure" : yesNo(d.specified));
      await go();
    }
  }
  await choose(page, "more-items", "no");
  await go();
  assert.equal(headings.at(-1), "Check your answers");
  await continueOn(page);
  await onPage(page, "check date");
  await choose(page, "check-today", "other");
  await typeDate(page, "check-date", record.check_date);
  await continueOn(page);
  await page.locator("main h1", { hasText: /^What a certificate issued on/ }).waitFor();
  await onPage(page, "results");
  return headings;
}

/**
 * On the offence page, by keyboard only: types a slip ("canabis"), finds cannabis among the
 * suggestions, reaches it with the arrow keys and chooses it with Enter; then types again and
 * closes the suggestions with Escape. `whileOpen(page)` runs once the count is announced.
 */
export async function chooseCannabisByKeyboard(page, whileOpen = async () => {}) {
  const cannabis = "Possession of a controlled drug (Class B)";
  await page.locator("#offence").focus();
  await page.keyboard.type("canabis"); // a slip
  await page.locator("#offence[aria-expanded=true]").waitFor();
  const options = await page.getByRole("option").allInnerTexts();
  const at = options.findIndex((t) => t.startsWith(cannabis));
  assert.ok(at >= 0, options.join(" / "));
  // The count is announced once typing pauses (src/ui/offence_finder.rs).
  await page.locator("[role=status]", { hasText: /offences? match/ }).waitFor({ state: "attached" });
  await whileOpen(page);
  for (let k = 0; k <= at; k++) await page.keyboard.press("ArrowDown");
  assert.equal(await page.locator("#offence").getAttribute("aria-activedescendant"), `offence-option-${at}`);
  assert.equal(await page.locator(`#offence-option-${at}`).getAttribute("aria-selected"), "true");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("#offence").inputValue(), cannabis);
  assert.equal(await page.locator("#offence").getAttribute("aria-expanded"), "false");
  await page.getByText("This offence is on the list of specified offences. It is never filtered.").waitFor();
  // Escape closes the suggestions.
  await page.keyboard.type(" x");
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#offence").getAttribute("aria-expanded"), "false");
}

/** From the start page to item 1's offence page: a `kind` (conviction or caution) of 3 September 2015, by an adult. */
export async function toOffencePage(page, url, kind = "conviction") {
  await page.goto(url);
  await startCheck(page);
  await choose(page, "kind", kind);
  await continueOn(page);
  await typeDate(page, "date", "2015-09-03");
  await continueOn(page);
  await choose(page, "under-18", "no");
  await continueOn(page);
  assert.equal((await page.locator("main h1").textContent()).trim(), "What was the offence?");
  await headingFocused(page);
}
