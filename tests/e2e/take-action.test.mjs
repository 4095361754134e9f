// "What you can do" on the results page, end to end: the routes for three
// of the Short Guide's people, the reasons helper, the reminders file and
// the answers file (made on the device: no request), opening saved answers
// on a fresh page, a damaged file, 320px and 375px wide, and print.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { openApp, problems, offHostRequests } from "./harness.mjs";
import { answerRecord, continueOn } from "./journey.mjs";

const SHOTS = process.env.SHOTS_DIR ?? "/tmp/take-action-shots";
await mkdir(SHOTS, { recursive: true });

const MR_I = {
  disposals: [{ kind: "conviction", date: "2009-01-01", under_18: false, specified: false, sentences: [{ type: "fine" }] }],
  check_date: "2016-07-15",
  certificate_issued: "2016-06-20",
};
const MISS_B = {
  disposals: [{ kind: "caution", date: "2013-01-01", under_18: true, specified: true }],
  check_date: "2016-07-15",
};
const MR_G = {
  disposals: [
    {
      kind: "conviction",
      date: "2010-01-01",
      under_18: false,
      specified: false,
      sentences: [{ type: "imprisonment", months: 48, suspended: false }],
    },
  ],
  check_date: "2016-07-15",
};

// Mrs H: the guide said her 2-year prison sentence is filtered from 2021; the law says it always shows.
const MRS_H = {
  disposals: [
    {
      kind: "conviction",
      date: "2010-01-01",
      under_18: false,
      specified: false,
      sentences: [{ type: "imprisonment", months: 24, suspended: false }],
    },
  ],
  check_date: "2016-07-15",
};

/** The names of the steps shown, in order ("reviewer-apply", …). */
async function stepNames(page) {
  return page.locator(".take-action section.step").evaluateAll((els) => els.map((e) => e.id.replace(/^step-/, "")));
}

const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** axe-core's WCAG 2.1 A and AA rules on one part of the page: the violations, as "rule: target". */
async function axeViolations(page, selector) {
  // evaluate() runs outside the page's CSP, so axe can be added without loosening it.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(
    (sel) => window.axe.run(document.querySelector(sel), { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }),
    selector,
  );
  assert.ok(result.passes.length > 0, "axe ran its checks");
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, " ");

/** Requests other than blob: and data: URLs, which are not network requests. */
const network = (log) => log.requests.filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"));

let app;
before(async () => {
  app = await openApp({ base: "/tools/record-check/" });
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

test("Mr I (can apply) sees how to ask the Independent Reviewer, with the deadline 18 September 2016", async () => {
  const page = await results(MR_I);
  assert.deepEqual(await stepNames(page), [
    "no-need-to-disclose",
    "reviewer-apply",
    "information-wrong",
    "police-information",
    "own-record",
    "employer-asks",
    "put-right",
    "barring",
    "data-media",
    "trustee",
    "who-can-help",
    "keep-a-record",
  ]);
  const apply = await text(page.locator("#step-reviewer-apply"));
  for (const part of [
    "Ask the Independent Reviewer to take it off your certificate",
    "Conviction, 1 January 2009",
    "box B3",
    "box C5",
    "Section D",
    "Send it by 18 September 2016. That is 90 days after your certificate was issued on 20 June 2016.",
    "There is no charge.",
    "The decision is final",
  ]) {
    assert.ok(apply.includes(part), `${part} missing from: ${apply}`);
  }
  assert.equal(await page.getByRole("heading", { name: "What you can do", exact: true }).count(), 1);
  // The section comes after the per-item sections and before "What an enhanced check can add".
  const order = await page.evaluate(() => {
    const all = [...document.querySelectorAll("main h2")].map((h) => h.textContent.trim());
    return [all.indexOf("Conviction, 1 January 2009"), all.indexOf("What you can do"), all.indexOf("What an enhanced check can add")];
  });
  assert.ok(order[0] < order[1] && order[1] < order[2], JSON.stringify(order));
  // One honest "not legal advice" paragraph, not two.
  const main = await text(page.locator("main"));
  assert.equal(main.split("This check is not legal advice.").length - 1, 1);
  assert.ok(!main.includes("as we understand them"), "the old paragraph is replaced");
  // Who can help: links the person taps, each marked with where and when it was checked.
  const help = await text(page.locator("#step-who-can-help"));
  assert.ok(help.includes("Checked on 1 December 2026 in the Department of Justice guide (March 2016)"), help);
  assert.ok(help.includes("Details change. Check them before you rely on them."), help);
  assert.equal(await page.locator('#step-who-can-help a[href="tel:+443002007888"]').count(), 1);
  assert.equal(await page.locator('#step-who-can-help a[href="mailto:disclosureadvice@niacro.co.uk"]').count(), 1);
  const hrefs = await page.locator("#step-who-can-help a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.every((h) => /^(tel|mailto):/.test(h)), hrefs.join(" "));
});

test("Mr I's reasons helper: six prompts with labels and hints, and a live draft of Section D", async () => {
  const { page } = app;
  const boxes = page.locator(".reasons-helper textarea");
  assert.equal(await boxes.count(), 6);
  for (const box of await boxes.all()) {
    const id = await box.getAttribute("id");
    assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, `${id} has a label`);
    assert.equal(await box.getAttribute("aria-describedby"), `${id}-hint`);
  }
  const draft = page.locator("#draft-section-d");
  assert.ok((await draft.innerText()).includes("[Write your reasons here.]"));
  await page.getByLabel("What job, course or role have you applied for?").fill("Care assistant in a day centre.");
  await page.getByLabel("How old were you at the time?").fill("I was 19.");
  const words = await draft.innerText();
  assert.ok(words.includes("- Conviction, 1 January 2009"), words);
  assert.ok(words.includes("The job I have applied for:\nCare assistant in a day centre."), words);
  assert.ok(words.includes("My age at the time:\nI was 19."), words);
  assert.ok(words.indexOf("The job I have applied for") < words.indexOf("My age at the time"));
  assert.ok(!words.includes("[Write your reasons here.]"));
  // Copy: with the clipboard API where the browser allows it…
  await app.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.url).origin });
  await page.getByRole("button", { name: "Copy the draft" }).click();
  const status = page.locator(".reasons-helper .action-status");
  await page.waitForFunction(() => document.querySelector(".reasons-helper .action-status")?.textContent.trim() !== "");
  assert.match(await status.textContent(), /^Copied/);
  assert.equal((await page.evaluate(() => navigator.clipboard.readText())).trim(), words.trim());
  // …and where there is no clipboard API, the draft is selected for the person to copy.
  await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true }));
  await page.getByRole("button", { name: "Copy the draft" }).click();
  await page.waitForFunction(() => /selected/.test(document.querySelector(".reasons-helper .action-status")?.textContent));
  assert.ok((await page.evaluate(() => String(window.getSelection()))).includes("Care assistant in a day centre."));
  assert.equal(await page.evaluate(() => document.activeElement?.id), "draft-section-d");
  // Not stored anywhere.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!stored.includes("Care assistant"), stored);
});

test("Mr I's reminders download as an .ics file made on the device: no request", async () => {
  const { page, log } = app;
  const listed = await page.locator("ul.reminders li").allInnerTexts();
  assert.deepEqual(listed, [
    "1 January 2014: Spent: Conviction, 1 January 2009",
    "18 September 2016: Last day to ask the Independent Reviewer",
    "1 January 2020: Old enough to be filtered: Conviction, 1 January 2009",
  ]);
  const button = page.getByRole("button", { name: "Download reminders (.ics)" });
  // The warning about calendars syncing is the button's description.
  const warning = await page.locator(`#${await button.getAttribute("aria-describedby")}`).textContent();
  assert.match(warning, /other devices/);
  await page.waitForLoadState("networkidle");
  const before = network(log).length;
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.equal(download.suggestedFilename(), "record-check-dates-2016-07-15.ics");
  const ics = await readFile(await download.path(), "utf8");
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics.slice(0, 40));
  assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
  assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm).length, 3);
  const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d+)\r$/gm)].map((m) => m[1]);
  assert.deepEqual(starts, ["20140101", "20160918", "20200101"]);
  assert.deepEqual(network(log).slice(before), [], "no network request for the download");
  assert.match(await page.locator(".keep-a-record .action-status").textContent(), /record-check-dates-2016-07-15\.ics/);
});

test("Mr I at 320px and 375px wide: no sideways scroll; screenshot of the section at 375px", async () => {
  const { page } = app;
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `${scroll}px wide at ${width}px`);
  }
  const small = await page.locator(".take-action button, .take-action a").evaluateAll((els) =>
    els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.textContent.trim()),
  );
  assert.deepEqual(small, [], "every button and link in the section is at least 44px high");
  await page.screenshot({ path: `${SHOTS}/mr-i-results-375.png`, fullPage: true });
  await page.locator(".take-action").screenshot({ path: `${SHOTS}/mr-i-what-you-can-do-375.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("axe finds no WCAG 2.1 A or AA problems in Mr I's 'What you can do'", async () => {
  assert.deepEqual(await axeViolations(app.page, ".take-action"), []);
});

test("print: no header, buttons or forms; every 'Why' open; screenshot", async () => {
  const { page } = app;
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.evaluate(() => window.getSelection().removeAllRanges());
  await page.emulateMedia({ media: "print" });
  try {
    for (const hidden of [".header", ".back-link", ".footer", ".save-controls", ".take-action button", ".reasons-helper textarea", ".letter-date"]) {
      const shown = await page.locator(hidden).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      assert.equal(shown, 0, `${hidden} is hidden in print`);
    }
    for (const shown of [".headline", "table.table", "section.item .summary-list", "#step-reviewer-apply", "#draft-section-d"]) {
      assert.ok(await page.locator(shown).first().isVisible(), `${shown} prints`);
    }
    assert.ok(await page.locator("section.item .details__text").first().isVisible(), "the reasons under 'Why' print");
    await page.screenshot({ path: `${SHOTS}/mr-i-print.png`, fullPage: true });
  } finally {
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

let answersFile;
test("Download my answers saves the case as JSON, with no request", async () => {
  const { page, log } = app;
  const before = network(log).length;
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my answers" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "record-check-answers-2016-07-15.json");
  answersFile = await download.path();
  const saved = JSON.parse(await readFile(answersFile, "utf8"));
  assert.equal(saved.check_date, "2016-07-15");
  assert.equal(saved.certificate_issued, "2016-06-20");
  assert.equal(saved.disposals.length, 1);
  assert.equal(saved.disposals[0].kind, "conviction");
  assert.equal(saved.disposals[0].date, "2009-01-01");
  assert.equal(saved.disposals[0].sentences[0].type, "fine");
  assert.deepEqual(network(log).slice(before), []);
});

test("Open saved answers on a fresh page restores them: Check your answers shows them, then the same results", async () => {
  assert.ok(answersFile, "the previous test saved a file");
  const fresh = await openApp();
  try {
    const { page, url } = fresh;
    await page.goto(url);
    const input = page.getByLabel("Open saved answers");
    assert.equal(await input.getAttribute("type"), "file");
    await input.setInputFiles(answersFile);
    await page.locator("main h1", { hasText: "Check your answers" }).waitFor();
    const shown = await text(page.locator("main"));
    for (const part of ["Conviction, 1 January 2009", "What it was Conviction", "Date 1 January 2009", "Under 18 then No", "Sentence 1 Fine", "Specified offence No"]) {
      assert.ok(shown.includes(part), `${part} missing from: ${shown}`);
    }
    // Carry on: the day the certificate would be issued and the certificate date come back too.
    await continueOn(page);
    assert.equal(await page.locator("#check-date-year").inputValue(), "2016");
    await continueOn(page);
    assert.equal(await page.locator("#issued-day").inputValue(), "20");
    await continueOn(page);
    await page.locator(".take-action").waitFor();
    assert.ok((await text(page.locator("#step-reviewer-apply"))).includes("Send it by 18 September 2016."));
    assert.deepEqual(problems(fresh.log), []);
    assert.deepEqual(offHostRequests(fresh.log), []);
  } finally {
    await fresh.close();
  }
});

test("a damaged or wrong file shows a clear error next to the control, and nothing breaks", async () => {
  const { page, url, log } = app;
  await page.goto("about:blank");
  await page.goto(url);
  const input = page.getByLabel("Open saved answers");
  const error = page.locator("#open-saved-error");
  const tries = [
    [{ name: "answers.json", mimeType: "application/json", buffer: Buffer.from('{"check_date": "2016-07-15", "disp') }, /This is not a saved answers file/],
    [{ name: "dates.ics", mimeType: "text/calendar", buffer: Buffer.from("BEGIN:VCALENDAR\r\n") }, /This is not a saved answers file/],
    [{ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"name": "something else"}') }, /not saved answers from this check/],
    [{ name: "empty.json", mimeType: "application/json", buffer: Buffer.alloc(0) }, /This file is empty/],
    [
      {
        name: "wrong.json",
        mimeType: "application/json",
        buffer: Buffer.from('{"check_date":"2016-07-15","disposals":[{"id":"a","kind":"conviction","date":"2017-01-01","under_18":false,"specified":false,"sentences":[{"type":"fine"}]}]}'),
      },
      /These saved answers have a problem[\s\S]*after the date you are checking for/,
    ],
    [{ name: "nothing.json", mimeType: "application/json", buffer: Buffer.from('{"check_date":"2016-07-15","disposals":[]}') }, /no cautions or convictions/],
  ];
  for (const [file, message] of tries) {
    await input.setInputFiles(file);
    await error.waitFor();
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector("#open-saved-error")?.textContent ?? ""), message.source);
    assert.match(await error.textContent(), message);
    assert.equal((await page.locator("main h1").textContent()).trim(), "Check what your criminal record will show");
    assert.equal(await input.getAttribute("aria-describedby"), "open-saved-hint open-saved-error");
  }
  await page.screenshot({ path: `${SHOTS}/open-saved-error.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, "no sideways scroll at 320px");
  const box = await input.boundingBox();
  assert.ok(box.height >= 44, `the file control is ${box.height}px high`);
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(await axeViolations(page, ".open-saved"), []);
  assert.deepEqual(problems(log), []);
});

test("Miss B (automatic) sees the automatic route, with dates once the letter's date is typed", async () => {
  const page = await results(MISS_B);
  const names = await stepNames(page);
  assert.ok(names.includes("reviewer-automatic"), names.join());
  assert.ok(!names.includes("reviewer-apply"), names.join());
  const auto = page.locator("#step-reviewer-automatic");
  let words = await text(auto);
  for (const part of ["The Independent Reviewer will look at it for you", "You do not have to apply", "Caution, 1 January 2013", "within 7 days", "within 14 days", "no dates to show yet"]) {
    assert.ok(words.includes(part), `${part} missing from: ${words}`);
  }
  await page.locator("#letter-date-day").fill("1");
  await page.locator("#letter-date-month").fill("8");
  await page.locator("#letter-date-year").fill("2016");
  words = await text(auto);
  assert.ok(words.includes("Your letter from AccessNI is dated 1 August 2016. Send your information by 15 August 2016."), words);
  assert.ok(words.includes("aims to decide by 29 August 2016"), words);
  assert.equal(await page.locator(".reasons-helper textarea").count(), 6, "the reasons helper is offered");
  assert.ok((await page.locator("#draft-section-d").innerText()).includes("- Caution, 1 January 2013"));
});

test("Mr G sees that the Independent Reviewer cannot look at it, and why; no reminders file to offer", async () => {
  const page = await results(MR_G);
  const names = await stepNames(page);
  assert.ok(!names.includes("reviewer-apply") && !names.includes("reviewer-automatic"), names.join());
  const notYet = page.locator('.take-action section.step[id^="step-not-yet-eligible-"]');
  assert.equal(await notYet.count(), 1);
  const words = await text(notYet);
  assert.ok(words.includes("Conviction, 1 January 2010: the Independent Reviewer cannot look at it"), words);
  assert.ok(words.includes("Only spent items can go to the Independent Reviewer."), words);
  assert.ok(words.includes("is never spent"), words);
  assert.equal(await page.locator(".reasons-helper").count(), 0);
  assert.equal(await page.getByRole("button", { name: "Download reminders (.ics)" }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "Download my answers" }).count(), 1);
});

test("Mrs H in 2016: it always shows, she can ask the Reviewer from 2020, and nothing says it will be filtered", async () => {
  const page = await results(MRS_H);
  const notYet = page.locator('.take-action section.step[id^="step-not-yet-eligible-"]');
  const words = await text(notYet);
  for (const part of [
    "Conviction, 1 January 2010: the Independent Reviewer can look at it from 1 January 2020",
    "It is spent on 1 January 2020.",
    "you can ask the Independent Reviewer to take it off a standard or enhanced certificate",
    "The law says a conviction with a prison or custody sentence is always shown: it is never filtered.",
  ]) {
    assert.ok(words.includes(part), `${part} missing from: ${words}`);
  }
  assert.deepEqual(await page.locator("ul.reminders li").allInnerTexts(), ["1 January 2020: Spent: Conviction, 1 January 2010"]);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download reminders (.ics)" }).click()]);
  const ics = (await readFile(await download.path(), "utf8")).replace(/\r\n[ \t]/g, "");
  assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm).length, 1);
  assert.match(ics, /always shown/);
  assert.doesNotMatch(ics, /probably|filtered|disagree/i);
  const main = await text(page.locator("main"));
  assert.doesNotMatch(main, /probably|sources (differ|disagree)|Old enough to be filtered/i);
});

test("no errors or warnings were logged, and every request went to 127.0.0.1", () => {
  assert.deepEqual(problems(app.log), []);
  assert.deepEqual(offHostRequests(app.log), []);
});
