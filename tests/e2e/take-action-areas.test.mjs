// The Take Action areas for Northern Ireland (issue 11), tried as a new user would: three
// people answer the questions and each sees exactly the panels that apply, with dates from
// their answers. Also: the barring letter date, the trustee questions, the statement helper
// (copy, not stored), contacts with checked-on dates, 320px, axe and print.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openApp, problems, offHostRequests } from "./harness.mjs";
import { answerRecord } from "./journey.mjs";

const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

async function axeViolations(page, selector) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(
    (sel) => window.axe.run(document.querySelector(sel), { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }),
    selector,
  );
  assert.ok(result.passes.length > 0, "axe ran its checks");
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(" ")}`));
}

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, " ");
const stepNames = (page) =>
  page.locator(".take-action section.step").evaluateAll((els) => els.map((e) => e.id.replace(/^step-/, "")));

// Only spent, filtered items: an adult caution (2012) and a fine (2008).
const SPENT_FILTERED = {
  disposals: [
    { kind: "caution", date: "2012-03-01", under_18: false, specified: false },
    { kind: "conviction", date: "2008-05-01", under_18: false, specified: false, sentences: [{ type: "fine" }] },
  ],
  check_date: "2026-12-02",
};
// An unspent conviction (6 months' prison, 2025), applying for work with children.
const UNSPENT = {
  disposals: [
    { kind: "conviction", date: "2025-06-01", under_18: false, specified: false, sentences: [{ type: "imprisonment", months: 6, suspended: false }] },
  ],
  check_date: "2026-12-02",
};
// A spent fraud conviction (a fine, 2014), thinking of becoming a trustee.
const SPENT_FRAUD = {
  disposals: [
    { kind: "conviction", date: "2014-02-01", under_18: false, offence: { type: "fraud", choose: "Fraud" }, sentences: [{ type: "fine" }] },
  ],
  check_date: "2026-12-02",
};

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

async function results(record) {
  const { page, url } = app;
  await page.goto("about:blank");
  await page.goto(url);
  await answerRecord(page, record);
  await page.locator(".take-action").waitFor();
  return page;
}

test("only spent, filtered items: own record, employer, putting right, data and media, trustee; no barring or statement", async () => {
  const page = await results(SPENT_FILTERED);
  assert.deepEqual(await stepNames(page), [
    "no-need-to-disclose",
    "police-information",
    "own-record",
    "employer-asks",
    "put-right",
    "data-media",
    "trustee",
    "who-can-help",
    "keep-a-record",
  ]);
  assert.equal(await page.locator("#disclosure-helper").count(), 0);
  const section = await text(page.locator(".take-action"));
  assert.ok(section.includes("This check cannot help you appeal against a conviction or sentence. For that, talk to a solicitor."));
  const own = await text(page.locator("#step-own-record"));
  assert.ok(own.includes("A basic check from AccessNI should come back clear."), own);
  assert.ok(own.includes("form DAT1") && own.includes("That is a crime."), own);
  const employer = await text(page.locator("#step-employer-asks"));
  assert.ok(employer.includes("Caution, 1 March 2012") && employer.includes("Conviction, 1 May 2008"), employer);
  const media = await text(page.locator("#step-data-media"));
  assert.ok(media.includes("search engine") && media.includes("Article 9"), media);
  assert.ok(!media.includes("less likely"), media);
  // Contacts: one table, each route with where and when it was checked.
  const help = await text(page.locator("#step-who-can-help"));
  assert.ok(help.includes("Checked on 1 December 2026 in the Department of Justice guide (March 2016)"), help);
  assert.ok(help.includes("One nidirect page gives 0300 200 7788."), help);
  assert.ok(help.includes("Details change. Check them before you rely on them."), help);
  const ico = await text(page.locator("#step-data-media .contacts"));
  assert.ok(ico.includes("0303 123 1113") && ico.includes("Checked on 1 December 2026"), ico);
  // The trustee panel, before it is answered, says the rule and nothing about this person yet.
  const trustee = await text(page.locator("#step-trustee"));
  assert.ok(trustee.includes("section 86") && trustee.includes("do not apply in Northern Ireland"), trustee);
  assert.ok(!trustee.includes("On 2 December 2026"), trustee);
  assert.doesNotMatch(await text(page.locator("main")), /probably|Upper Tribunal|Update Service/);
});

test("an unspent conviction, work with children: barring with the appeal date from the letter, the statement helper, no data and media", async () => {
  const page = await results(UNSPENT);
  const names = await stepNames(page);
  assert.deepEqual(names.filter((n) => !n.startsWith("not-yet-eligible-")), [
    "information-wrong",
    "police-information",
    "own-record",
    "employer-asks",
    "put-right",
    "barring",
    "trustee",
    "who-can-help",
    "keep-a-record",
  ]);
  assert.ok(names[0].startsWith("not-yet-eligible-"), names.join());
  assert.ok((await text(page.locator(".take-action"))).includes("It is spent on 1 June 2032."));
  const own = await text(page.locator("#step-own-record"));
  assert.ok(own.includes("A basic check from AccessNI would show: Conviction, 1 June 2025"), own);
  assert.ok(own.includes("We understand the fee is £16: check it."), own);
  const employer = await text(page.locator("#step-employer-asks"));
  assert.ok(employer.includes("regulated activity") && employer.includes("written policy"), employer);
  const barring = page.locator("#step-barring");
  let words = await text(barring);
  assert.ok(words.includes("Care Tribunal in Belfast") && words.includes("within three months"), words);
  assert.ok(!words.includes("Send your appeal by"), words);
  await page.locator("#dbs-letter-day").fill("2");
  await page.locator("#dbs-letter-month").fill("11");
  await page.locator("#dbs-letter-year").fill("2026");
  words = await text(barring);
  assert.ok(words.includes("Your letter is dated 2 November 2026. Send your appeal by 2 February 2027."), words);
  assert.ok(words.includes("tribunalsunit@courtsni.gov.uk") && words.includes("03000 200 190"), words);
  // The statement helper: the person's words, copied, never stored.
  const draft = page.locator("#draft-disclosure");
  assert.ok((await draft.innerText()).includes("- Conviction, 1 June 2025"));
  await page.getByLabel("What has changed since?").fill("I have worked at the same place for a year.");
  assert.ok((await draft.innerText()).includes("What has changed since:\nI have worked at the same place for a year."));
  await app.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.url).origin });
  await page.getByRole("button", { name: "Copy the statement" }).click();
  await page.waitForFunction(() => /^Copied/.test(document.querySelector("#disclosure-helper .action-status")?.textContent ?? ""));
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).includes("I have worked at the same place"));
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!stored.includes("same place"), stored);
  assert.equal(await page.getByRole("button", { name: "Print it" }).count(), 1);
  // Not dishonesty: the trustee rule does not stop them.
  await page.locator("#trustee-1-no").check();
  const trustee = await text(page.locator("#step-trustee"));
  assert.ok(trustee.includes("On 2 December 2026: Conviction, 1 June 2025: not dishonesty or deception, so this rule does not stop you."), trustee);
});

test("the unspent conviction's panels at 320px: no sideways scroll; axe finds nothing; headings to jump between", async () => {
  const { page } = app;
  await page.setViewportSize({ width: 320, height: 800 });
  try {
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  assert.deepEqual(await axeViolations(page, ".take-action"), []);
  const headings = await page.locator(".take-action h3").allInnerTexts();
  for (const h of [
    "Your own record: what it shows and how to get it",
    "What an employer may ask",
    "Putting wrong information right, and what cannot be removed",
    "Barring: work with children or adults who may be at risk",
    "Telling an employer in your own words",
    "Thinking of becoming a charity trustee?",
  ]) {
    assert.ok(headings.includes(h), `${h} in ${headings.join(" / ")}`);
  }
});

test("print shows the panels and what was typed into the statement, not the boxes", async () => {
  const { page } = app;
  await page.emulateMedia({ media: "print" });
  try {
    for (const shown of ["#step-own-record", "#step-barring", "#draft-disclosure", "#step-trustee .trustee__result"]) {
      assert.ok(await page.locator(shown).isVisible(), `${shown} prints`);
    }
    for (const hidden of ["#disclosure-helper textarea", "#step-barring .letter-date", "#step-trustee fieldset", "#disclosure-helper button"]) {
      const n = await page.locator(hidden).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      assert.equal(n, 0, `${hidden} is hidden in print`);
    }
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
});

test("a spent fraud conviction, thinking of becoming a trustee: not disqualified, with the spent date; no barring", async () => {
  const page = await results(SPENT_FRAUD);
  assert.deepEqual(await stepNames(page), [
    "no-need-to-disclose",
    "police-information",
    "own-record",
    "employer-asks",
    "put-right",
    "data-media",
    "trustee",
    "who-can-help",
    "keep-a-record",
  ]);
  assert.equal(await page.locator("#disclosure-helper").count(), 0);
  const panel = page.locator("#step-trustee");
  assert.equal(await page.getByRole("group", { name: "Fraud, 1 February 2014: Did it involve dishonesty or deception, for example theft or fraud?" }).count(), 1);
  await page.locator("#trustee-1").check();
  const words = await text(panel);
  assert.ok(words.includes("On 2 December 2026: Fraud, 1 February 2014: spent since 1 February 2019, so it does not stop you being a trustee."), words);
  assert.ok(!words.includes("It is a crime to act as a trustee"), "no waiver needed");
  assert.ok(words.includes("The 2018 rules in England and Wales"), words);
  assert.ok(words.includes("admin@charitycommissionni.org.uk"), words);
  assert.deepEqual(await axeViolations(page, "#step-trustee"), []);
});

test("no errors or warnings were logged, and every request went to 127.0.0.1", () => {
  assert.deepEqual(problems(app.log), []);
  assert.deepEqual(offHostRequests(app.log), []);
});
