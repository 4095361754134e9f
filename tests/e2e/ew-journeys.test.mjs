// England and Wales end to end, on a 320px wide phone with axe on every page: a person with
// custody and a later conviction, and a person with an old youth caution. The results speak of
// DBS and say there is no Independent Reviewer; no NI panel shows. The answers file, the
// calendar and saved answers carry the jurisdiction; Scotland is not covered.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { answerEwRecord, choose, continueOn, itemText } from "./journey.mjs";
import { launch, problems, startPage } from "./promises.mjs";

const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

let app;
before(async () => {
  app = await launch();
  await app.page.setViewportSize({ width: 320, height: 640 });
});
after(async () => {
  await app?.close();
});

/** Axe finds nothing serious or critical, and nothing scrolls sideways. */
async function audit(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document));
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  assert.deepEqual(serious, [], label);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(wide, false, `${label}: no sideways scroll at 320px`);
}

/** Answers an E&W record, auditing every page. */
const answerEw = (page, record) => answerEwRecord(page, record, audit);

const mainText = async (page) => (await page.locator("main").innerText()).replace(/\s+/g, " ");

/** Nothing of NI's own routes or bodies is on an E&W results page. */
function noNiPanels(text) {
  for (const ni of ["AccessNI", "NIACRO", "The Independent Reviewer decides", "ask the Independent Reviewer", "Section D", "charity trustee"]) {
    assert.ok(!text.includes(ni), `no "${ni}" in E&W results`);
  }
}

test("custody and a later conviction, in England and Wales", async () => {
  const { page, url } = app;
  await startPage(page, url);
  const headings = await answerEw(page, {
    check_date: "2026-06-08",
    disposals: [
      { kind: "conviction", date: "2019-05-20", under_18: false, specified: false,
        sentences: [{ type: "imprisonment", months: 30, start: "2019-06-01", suspended: false }] },
      { kind: "conviction", date: "2022-03-01", under_18: false, specified: false, sentences: [{ type: "fine" }] },
    ],
  });
  assert.ok(headings.includes("When did the sentence start?"), headings.join(" / "));
  assert.ok(headings.includes("Is the offence on the DBS list of offences that are never filtered?"));
  for (const ni of ["What was the offence?", "Do you already have a standard or enhanced certificate from AccessNI?"]) {
    assert.ok(!headings.includes(ni), `not asked: ${ni}`);
  }
  assert.ok(!headings.some((h) => /Schedule 18/.test(h)), "no Schedule 18 question for 30 months");
  assert.match(await page.title(), /England and Wales criminal record self-check/);
  const text = await mainText(page);
  assert.match(text, /England and Wales: checks from DBS/);
  assert.match(text, /Nothing shows on a basic DBS check\. 2 items show on a standard or enhanced DBS check\./);
  const prison = await itemText(page, "Conviction, 20 May 2019");
  assert.match(prison, /Spent Yes, since 1 December 2025/);
  assert.match(prison, /Standard and enhanced DBS checks Shows/);
  assert.match(prison, /It is not filtered: it keeps showing/);
  const fine = await itemText(page, "Conviction, 1 March 2022");
  assert.match(fine, /Spent Yes, since 1 December 2025/, "the fine is drawn out to the prison sentence's date");
  assert.match(fine, /From 1 March 2033, if nothing changes/);
  assert.match(text, /There is no Independent Reviewer in England and Wales/);
  assert.match(text, /raise a dispute with DBS/);
  assert.match(text, /Independent Monitor/);
  noNiPanels(text);

  // Print keeps the jurisdiction's words.
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.getByText("England and Wales: checks from DBS").isVisible(), "printed");
  assert.ok(await page.getByText("There is no Independent Reviewer in England and Wales", { exact: false }).isVisible(), "printed");
  await page.emulateMedia({ media: "screen" });
  // The answers file and the calendar say England and Wales.
  const [answers] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download my answers" }).click()]);
  assert.equal(answers.suggestedFilename(), "record-check-answers-2026-06-08.json");
  const file = await answers.path();
  const json = JSON.parse(await readFile(file, "utf8"));
  assert.equal(json.jurisdiction, "ew");
  assert.equal(json.disposals[0].sentences[0].start, "2019-06-01");
  const [ics] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download reminders (.ics)" }).click()]);
  const calendar = await readFile(await ics.path(), "utf8");
  assert.match(calendar, /X-WR-CALNAME:Record check dates \(England and Wales\)/);
  assert.match(calendar, /SUMMARY:Spent: Conviction\\, 20 May 2019/);
  assert.doesNotMatch(calendar, /AccessNI|Independent Reviewer/);

  // Saved answers on this device carry the jurisdiction, and a reload comes back to these results.
  await page.locator("#save-answers").check();
  const saved = await page.evaluate(() => localStorage.getItem("ni-record-check.answers"));
  assert.match(saved, /"jurisdiction":"ew"/);
  await page.goto(url);
  await page.locator("main h1", { hasText: "What a certificate issued on 8 June 2026 would show" }).waitFor();
  assert.match(await mainText(page), /England and Wales: checks from DBS/);
  await page.getByRole("button", { name: "Delete my answers" }).click();
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  // The file opens again on the start page, as E&W answers.
  await startPage(page, url);
  await page.getByLabel("Open saved answers").setInputFiles(file);
  await page.locator("main h1", { hasText: "Check your answers" }).waitFor();
  const check = await mainText(page);
  assert.match(check, /Where England or Wales/);
  assert.match(check, /Sentence 1 Prison, 30 months, started 1 June 2019/);
  assert.match(check, /On the never-filtered list No/);
  await audit(page, "check your answers");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.locator("input[name=check-today]").first().waitFor();
  await continueOn(page);
  await page.locator("main h1", { hasText: "What a certificate issued on 8 June 2026 would show" }).waitFor();
  await page.getByRole("button", { name: "Delete my answers" }).click();
});

test("an old youth caution, in England and Wales", async () => {
  const { page, url } = app;
  await startPage(page, url);
  const headings = await answerEw(page, {
    check_date: "2026-06-08",
    disposals: [{ kind: "caution", date: "2010-02-14", under_18: true, specified: null }],
  });
  assert.deepEqual(headings, [
    "What is your date of birth?",
    "What was it?",
    "When were you given the caution?",
    "Were you under 18 on 14 February 2010?",
    "Is the offence on the DBS list of offences that are never filtered?",
    "You have added 1 caution or conviction",
    "Check your answers",
  ]);
  const text = await mainText(page);
  assert.match(text, /Nothing shows on a basic DBS check\. Nothing shows on a standard or enhanced DBS check\./);
  const caution = await itemText(page, "Caution, 14 February 2010");
  assert.match(caution, /Spent Yes, since 14 February 2010/);
  assert.match(caution, /Basic DBS check Does not show/);
  assert.match(caution, /Standard and enhanced DBS checks Does not show \(filtered\)/);
  noNiPanels(text);
  await page.getByRole("button", { name: "Delete my answers" }).click();
});

test("a conditional caution: when its conditions ended", async () => {
  const { page, url } = app;
  await startPage(page, url);
  const headings = await answerEw(page, {
    check_date: "2026-06-08",
    disposals: [{ kind: "conditional_caution", date: "2024-03-01", under_18: false, specified: false, conditions_end: "2024-04-15" }],
  });
  assert.ok(headings.includes("Do you know the day the conditions ended?"), headings.join(" / "));
  const caution = await itemText(page, "Conditional caution, 1 March 2024");
  assert.match(caution, /Spent Yes, since 15 April 2024/);
  assert.match(caution, /Basic DBS check Does not show/);
  assert.match(caution, /Standard and enhanced DBS checks Shows/);
  assert.match(caution, /From 1 March 2030, if nothing changes/);
  noNiPanels(await mainText(page));
  await page.getByRole("button", { name: "Delete my answers" }).click();
});

test("Scotland: the check says plainly that it is not covered", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await page.getByRole("button", { name: /^Start/ }).click();
  await page.locator("input[name=where]").first().waitFor();
  await choose(page, "where", "scotland");
  await continueOn(page);
  assert.equal((await page.locator("main h1").textContent()).trim(), "This check does not cover Scotland");
  assert.match(await mainText(page), /ask an adviser/);
  await audit(page, "not covered");
  await page.getByRole("link", { name: "Change where you were cautioned or convicted" }).click();
  await page.locator("input[name=where]").first().waitFor();
});

test("no errors or warnings were logged", () => {
  assert.deepEqual(problems(app.log), []);
});
