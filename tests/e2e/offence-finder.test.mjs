// The offence finder ("What was the offence?"): choosing an offence answers the legal
// questions from the offence table; a name not in the table falls back to the question;
// the suggestions follow the combobox pattern and pass axe; nothing scrolls sideways at 320px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { answerRecord, chooseCannabisByKeyboard, continueOn, itemText, toOffencePage } from "./journey.mjs";
import { launch, problems } from "./promises.mjs";

const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

test("drink driving 2012 and cannabis 2015 (fines): neither legal question is asked, and the cannabis conviction always shows", async () => {
  const { page, url } = app;
  await page.goto(url);
  const headings = await answerRecord(page, {
    disposals: [
      { kind: "conviction", date: "2012-05-03", under_18: false, offence: { type: "drink driving", choose: "Driving or attempting to drive with excess alcohol" }, sentences: [{ type: "fine" }] },
      { kind: "conviction", date: "2015-09-03", under_18: false, offence: { type: "cannabis", choose: "Possession of a controlled drug (Class B)" }, sentences: [{ type: "fine" }] },
    ],
    check_date: "2026-07-15",
  });
  assert.ok(!headings.includes("Was the offence on the list of specified offences?"), headings.join(" / "));
  assert.ok(!headings.includes("Were any of these convictions for a summary-only offence?"), headings.join(" / "));
  const cannabis = await itemText(page, "Possession of a controlled drug (Class B), 3 September 2015");
  assert.ok(cannabis.includes("Standard and enhanced checks Shows"), cannabis);
  assert.ok(cannabis.includes("Stops showing It is not filtered"), cannabis);
  assert.doesNotMatch(cannabis, /Depends on the offence/, cannabis);
  const drink = await itemText(page, "Driving or attempting to drive with excess alcohol, 3 May 2012");
  assert.doesNotMatch(drink, /Depends on the offence/, drink);
});

test("typing cannabis reaches the drug offence, with the keyboard only", async () => {
  const { page, url } = app;
  await toOffencePage(page, url);
  await chooseCannabisByKeyboard(page, async () => {
    await page.locator("[role=status]", { hasText: /offences? match/ }).waitFor();
    const names = await page.getByRole("option").evaluateAll((os) => os.map((o) => o.querySelector("[aria-hidden=true]")?.textContent ?? ""));
    assert.ok(names.some((t) => t.startsWith("Also called")), "the other names are shown but hidden from screen readers");
  });
});

test("a name not in the table falls back to the specified question", async () => {
  const { page, url } = app;
  await toOffencePage(page, url, "caution");
  await page.locator("#offence").fill("Poaching salmon");
  // Said beside "I can't find my offence", in a live region.
  await page.locator(".offence-meaning", { hasText: "No offence matches 'Poaching salmon'" }).waitFor();
  await page.locator("#offence").blur();
  await page.getByText("is not one of the offences we know").waitFor();
  await continueOn(page);
  assert.equal((await page.locator("main h1").textContent()).trim(), "Was the offence on the list of specified offences?");
  await page.getByText("\u201cPoaching salmon\u201d is not one of the offences we know, so we need to ask you.").waitFor();
});

test("where the table cannot tell, the specified question says why, in the table's words", async () => {
  const { page, url } = app;
  await toOffencePage(page, url, "caution");
  await page.locator("#offence").fill("resisting arrest");
  await page.getByRole("option", { name: "Resisting or obstructing police" }).click();
  await page.getByText("We cannot tell from its name whether it is on the list").waitFor();
  await continueOn(page);
  assert.equal((await page.locator("main h1").textContent()).trim(), "Was the offence on the list of specified offences?");
  await page.getByText("Resisting or obstructing police: we cannot tell from its name whether it is on the list.").waitFor();
  const why = page.locator("details", { has: page.getByText("Why we cannot tell") });
  assert.equal(await why.getAttribute("open"), null, "folded away at first");
  await why.locator("summary").click();
  await why.getByText(/Our offence table says: Not named in \(6D\)\./).waitFor();
});

test("the finder with suggestions open: axe finds nothing serious, and nothing scrolls sideways at 320px", async () => {
  const { page, url } = app;
  await toOffencePage(page, url);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.locator("#offence").fill("drug possession");
  await page.locator("#offence[aria-expanded=true]").waitFor();
  const texts = await page.getByRole("option").allInnerTexts();
  for (const c of ["A", "B", "C"]) assert.ok(texts.some((t) => t.startsWith(`Possession of a controlled drug (Class ${c})`)), texts.join(" / "));
  await page.keyboard.press("ArrowDown");
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document));
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  assert.deepEqual(serious, []);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(wide, false, "no sideways scroll at 320px");
  await page.setViewportSize({ width: 1280, height: 720 });
});

test("no errors or warnings were logged", () => {
  assert.deepEqual(problems(app.log), []);
});
