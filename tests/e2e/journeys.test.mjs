// The guided check end to end, as a person uses it: four of the Short
// Guide's people at July 2016, a change from "Check your answers", the
// browser's back button, error messages, and a 320px wide screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openApp, problems, offHostRequests } from "./harness.mjs";
import { answerRecord, continueOn, choose, typeDate, itemText, startCheck } from "./journey.mjs";

const guide = JSON.parse(await readFile(new URL("../data/short-guide-case-studies.json", import.meta.url)));
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const long = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const label = (d) => `${d.kind === "conviction" ? "Conviction" : "Caution"}, ${long(d.date)}`;

/** What the results must say for one item, from the guide's expected outcome (not from the app). */
function expectedPhrases(exp) {
  const phrases = [];
  if (exp.spent_on === null) phrases.push("Spent Never");
  else if (exp.spent) phrases.push(`Spent Yes, since ${long(exp.spent_on)}`);
  else phrases.push(`Spent Not yet. It will be spent on ${long(exp.spent_on)}`);
  phrases.push(`Basic check ${exp.basic === "disclosed" ? "Shows" : "Does not show"}`);
  phrases.push(
    `Standard and enhanced checks ${
      { disclosed: "Shows", filtered: "Does not show", referred_to_reviewer: "The Independent Reviewer decides" }[exp.standard]
    }`,
  );
  phrases.push(
    {
      automatic: "goes to the Independent Reviewer automatically",
      can_apply: "You can ask the Independent Reviewer to remove it",
      not_eligible: "Only spent items can be reviewed",
      not_applicable: "Not needed: it does not show",
    }[exp.review],
  );
  if (exp.filtered_on) phrases.push(long(exp.filtered_on));
  return phrases;
}

// The rules' words for caveat custodial_filtering (ni-disclosure-rules.md §4.1).
const CUSTODIAL_FILTERING =
  "The law says a conviction with a prison or custody sentence is always shown. A 2016 Department of Justice guide gave an example where one was filtered after 11 years. If it is spent, you can ask the Independent Reviewer to remove it.";

/** Every results page: when the rules were checked, and that the law may change (rules §7). */
async function assertRulesChecked(page) {
  const status = (await page.locator(".rules-checked").innerText()).replace(/\s+/g, " ");
  assert.ok(status.includes("Rules checked on 7 December 2026"), status);
  assert.ok(
    status.includes("The law on when convictions are spent and what is filtered may change: the Justice Bill is before the Assembly."),
    status,
  );
}

let app;
before(async () => {
  app = await openApp({ base: "/tools/record-check/" });
});
after(async () => {
  await app?.close();
});

for (const who of ["mr-e", "mrs-h", "miss-b", "mr-d"]) {
  test(`${who} at July 2016: the results say what the guide says for every item`, async () => {
    const c = guide.cases.find((x) => x.name === `${who} at 2016-07-15`);
    const { page, url } = app;
    await page.goto(url);
    await answerRecord(page, { ...c.case, disposals: c.case.disposals });
    assert.match(await page.title(), /^What a certificate would show/);
    assert.equal((await page.locator("main h1").textContent()).trim(), "What a certificate issued on 15 July 2016 would show");
    for (const d of c.case.disposals) {
      const text = await itemText(page, label(d));
      for (const phrase of expectedPhrases(c.expected[d.id])) {
        assert.ok(text.includes(phrase), `${who} ${d.id}: "${phrase}" not in: ${text}`);
      }
    }
    await assertRulesChecked(page);
    assert.doesNotMatch(await page.locator("main").innerText(), /probably/i);
    if (who === "mrs-h") {
      // The guide said her prison sentence is filtered from 2021; the law says it always shows.
      const text = await itemText(page, label(c.case.disposals[0]));
      assert.ok(text.includes(CUSTODIAL_FILTERING), text);
      assert.ok(!text.includes("Stops showing From"), text);
    }
    const headline = await page.locator(".headline").innerText();
    const basic = c.case.disposals.filter((d) => c.expected[d.id].basic === "disclosed").length;
    assert.match(headline, basic === 0 ? /Nothing shows on a basic check/ : new RegExp(`${basic} items? shows? on a basic check`));
  });
}

test("a change from Check your answers comes back there, and the results follow it", async () => {
  const { page, url } = app;
  await page.goto(url);
  // Mr I at July 2016: spent fine, can apply.
  await answerRecord(page, {
    disposals: [{ kind: "conviction", date: "2009-01-01", under_18: false, specified: false, sentences: [{ type: "fine" }] }],
    check_date: "2016-07-15",
  });
  await page.getByRole("link", { name: "Change your answers" }).click();
  await page.locator("main h1", { hasText: "Check your answers" }).waitFor();
  await page.getByRole("link", { name: "Change date", exact: true }).click();
  await page.locator("main h1", { hasText: "When were you convicted?" }).waitFor();
  assert.equal(await page.locator("#date-year").inputValue(), "2009", "the old answer is kept");
  await page.locator("#date-year").fill("2012");
  await continueOn(page);
  assert.equal((await page.locator("main h1").textContent()).trim(), "Check your answers");
  assert.match(await page.locator("main").innerText(), /1 January 2012/);
  await continueOn(page); // to the day the certificate would be issued
  await continueOn(page); // certificate (answers kept)
  await continueOn(page); // results
  const text = await itemText(page, "Conviction, 1 January 2012");
  assert.ok(text.includes("Not yet. It will be spent on 1 January 2017"), text);
});

test("an 18-month prison sentence from 2008, checked today, shows on standard and enhanced checks", async () => {
  const { page, url } = app;
  await page.goto(url);
  await answerRecord(page, {
    disposals: [{ kind: "conviction", date: "2008-03-01", under_18: false, specified: false, sentences: [{ type: "imprisonment", months: 18, suspended: false }] }],
    check_date: "today",
  });
  assert.match((await page.locator("main h1").textContent()).trim(), /^What a certificate issued today, \d{1,2} [A-Z][a-z]+ \d{4}, would show$/);
  await assertRulesChecked(page);
  const row = (await page.locator("table.table tbody tr").innerText()).split("\t").map((s) => s.trim());
  assert.deepEqual(row, ["Conviction, 1 March 2008", "Does not show", "Shows", "Shows"]);
  const text = await itemText(page, "Conviction, 1 March 2008");
  for (const phrase of [
    "Spent Yes, since 1 March 2018",
    "Standard and enhanced checks Shows",
    "It is not filtered",
    "You can ask the Independent Reviewer to remove it",
    CUSTODIAL_FILTERING,
  ]) {
    assert.ok(text.includes(phrase), `"${phrase}" not in: ${text}`);
  }
  assert.match(await page.locator(".headline").innerText(), /1 item shows on a standard or enhanced check/);
  // Nowhere on the page (results, what you can do, reminders): no "probably".
  assert.doesNotMatch(await page.locator("main").innerText(), /probably/i);
  assert.doesNotMatch(await page.locator("main").innerText(), /sources (differ|disagree)/i);

  // The question before: the day a certificate is issued.
  await page.getByRole("link", { name: "Change your answers" }).click();
  await page.locator("main h1", { hasText: "Check your answers" }).waitFor();
  await continueOn(page);
  assert.equal((await page.locator("main h1").textContent()).trim(), "When would the certificate be issued?");
  assert.match(await page.title(), /^When would the certificate be issued\?/);
  assert.match(await page.locator("main").innerText(), /We work out what a certificate issued on that day would show/);
  assert.ok(await page.locator('input[name=check-today][value=today]').isChecked(), "the answer is kept");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.locator("main h1", { hasText: "Do you already have" }).waitFor();
  await page.getByRole("link", { name: "Back" }).click();
  await page.locator("main h1", { hasText: "When would the certificate be issued?" }).waitFor();
  await choose(page, "check-today", "other");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.locator(".error-summary", { hasText: "Enter the date the certificate would be issued" }).waitFor();
});

test("the specified offences page searches the whole list in the law, (a) to (sss)", async () => {
  const { page, url } = app;
  await page.goto(url);
  await startCheck(page);
  await choose(page, "kind", "caution");
  await continueOn(page);
  await typeDate(page, "date", "2015-03-01");
  await continueOn(page);
  await choose(page, "under-18", "no");
  await continueOn(page);
  await page.locator("#offence-not-listed").check();
  await continueOn(page);
  assert.equal((await page.locator("main h1").textContent()).trim(), "Was the offence on the list of specified offences?");
  await page.getByText("Search the list of specified offences").click();
  const details = await page.locator("main details").innerText();
  assert.match(details, /Police Act 1997, section 113A\(6D\)/);
  assert.doesNotMatch(details, /partial|only part/i);
  const paragraphs = page.locator(".offence-list > li");
  assert.equal(await paragraphs.count(), 71, "(a) to (z), (aa) to (zz), (aaa) to (sss)");
  assert.match(await paragraphs.last().innerText(), /^\(sss\) any offence within this subsection/);
  assert.doesNotMatch(await page.locator(".offence-list").innerText(), /\[inserted by|S\.R\. 2022/);
  await page.locator("#offence-search").fill("domestic abuse");
  assert.deepEqual(
    (await paragraphs.allInnerTexts()).map((t) => t.slice(0, 5)),
    ["(ppp)", "(qqq)", "(rrr)", "(sss)"],
  );
  await page.locator("#offence-search").fill("riot");
  assert.deepEqual(await page.locator(".offence-list__parts > li").allInnerTexts(), ["(xiv) Riot;", "(xv) Rout (incipient riot); and"]);
  await page.locator("#offence-search").fill("shoplifting");
  assert.match(await page.locator(".offence-list").innerText(), /Nothing on the list has those words/);
  await page.screenshot({ path: process.env.SCREENSHOT_DIR ? `${process.env.SCREENSHOT_DIR}/specified.png` : "/tmp/specified.png", fullPage: true });
});

test("the browser's back button goes to the previous question with the answer kept", async () => {
  const { page, url } = app;
  await page.goto(url);
  await startCheck(page);
  await choose(page, "kind", "caution");
  await continueOn(page);
  await typeDate(page, "date", "2012-07-01");
  await continueOn(page);
  assert.match(await page.locator("main h1").textContent(), /Were you under 18 on 1 July 2012/);
  await page.goBack();
  await page.locator("main h1", { hasText: "When were you given the caution?" }).waitFor();
  assert.equal(await page.locator("#date-day").inputValue(), "1");
  await page.goBack();
  await page.locator("main h1", { hasText: "What was it?" }).waitFor();
  assert.ok(await page.locator('input[name=kind][value=caution]').isChecked());
  // The Back link does the same.
  await page.goForward();
  await page.locator("main h1", { hasText: "When were you given the caution?" }).waitFor();
  await page.getByRole("link", { name: "Back" }).click();
  await page.locator("main h1", { hasText: "What was it?" }).waitFor();
});

test("an empty and an impossible date show the error summary, which takes focus, and nothing typed is lost", async () => {
  const { page, url } = app;
  await page.goto(url);
  await startCheck(page);
  await choose(page, "kind", "caution");
  await continueOn(page);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  const summary = page.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.innerText(), /There is a problem\s+Enter the date of the caution/);
  assert.match(await page.title(), /^Error: /);
  await page.waitForFunction(() => document.activeElement?.classList.contains("error-summary"));
  // The summary's link moves to the field.
  await summary.getByRole("link").click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "date-day");

  await typeDate(page, "date", { day: "31", month: "2", year: "2015" });
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.locator(".error-summary", { hasText: "The date of the caution must be a real date" }).waitFor();
  assert.match(await page.locator(".form-group--error .error-message").innerText(), /must be a real date/);
  assert.equal(await page.locator("#date-day").inputValue(), "31");
  assert.equal(await page.locator("#date-month").inputValue(), "2");
  assert.equal(await page.locator("#date-year").inputValue(), "2015");

  await typeDate(page, "date", { day: "1", month: "1", year: "2031" });
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.locator(".error-summary", { hasText: "must be today or in the past" }).waitFor();
});

test("on a 320px wide phone no page scrolls sideways", async () => {
  const { page, url } = app;
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(url);
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(await sideways(), false, "start page");
  await answerRecord(page, {
    disposals: [
      { kind: "conviction", date: "2010-01-01", under_18: false, specified: false, sentences: [{ type: "imprisonment", months: 24, suspended: false }] },
      { kind: "caution", date: "2013-03-01", under_18: false, specified: null },
    ],
    check_date: "2016-07-15",
  });
  assert.equal(await sideways(), false, "results page");
  await page.screenshot({ path: process.env.SCREENSHOT_DIR ? `${process.env.SCREENSHOT_DIR}/results-320.png` : "/tmp/results-320.png", fullPage: true });
  await page.setViewportSize({ width: 1024, height: 768 });
});

test("saved answers survive a reload and resume on the page the person was on", async () => {
  const { page, url } = app;
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await startCheck(page);
  await choose(page, "kind", "caution");
  await continueOn(page);
  await typeDate(page, "date", "2013-03-01");
  await continueOn(page);
  // Nothing is stored until the person chooses to save.
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  // Back through "under 18?", the date, what it was, the date of birth and where, to the start.
  for (let n = 0; n < 5; n++) await page.getByRole("link", { name: "Back" }).click();
  await page.locator("#save-answers").check();
  assert.equal(await page.evaluate(() => localStorage.length), 1);
  await page.getByRole("button", { name: /^Start/ }).click();
  await page.locator("main h1", { hasText: "Were you under 18" }).waitFor();
  // A new visit with no page in the address resumes where the person was.
  await page.goto(url);
  await page.locator("main h1", { hasText: "Were you under 18 on 1 March 2013?" }).waitFor();
  await page.getByRole("link", { name: "Back" }).click();
  assert.equal(await page.locator("#date-year").inputValue(), "2013");
  // "Delete my answers" removes everything.
  for (let n = 0; n < 4; n++) await page.getByRole("link", { name: "Back" }).click();
  await page.getByRole("button", { name: "Delete my answers" }).click();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
});

test("damaged or old saved answers are discarded with a message, never a crash", async () => {
  const { page, url } = app;
  for (const bad of ["{not json", JSON.stringify({ version: 0, answers: {} }), JSON.stringify({ version: 1, answers: { items: 7 } })]) {
    await page.goto(url);
    // Wait for the app to be up first, or it could read (and delete) the data before the reload.
    await page.locator("main h1").waitFor();
    await page.evaluate((b) => localStorage.setItem("ni-record-check.answers", b), bad);
    await page.reload();
    await page.locator("main h1", { hasText: "Check what your criminal record will show" }).waitFor();
    assert.match(await page.locator("main").innerText(), /could not be read, so we deleted them/);
    assert.equal(await page.evaluate(() => localStorage.length), 0, bad);
  }
});

test("no errors in the console and no request left 127.0.0.1", () => {
  assert.deepEqual(problems(app.log), []);
  assert.deepEqual(offHostRequests(app.log), []);
});
