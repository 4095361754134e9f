// Saving that fails says so (issue 23). The browser refuses for real, the app is not mocked:
// - storage full: the test fills this origin's localStorage to its quota (storage-fill.mjs),
//   so the app's own setItem throws QuotaExceededError; then frees it, and the next save works;
// - storage turned off: Chromium set to block sites' data (as a person can in its settings),
//   so reading localStorage throws a SecurityError: saving and deleting are both refused.
// Each time the page the person is on says so, in the alert region, once; the answers stay.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { answerRecord, continueOn, headingFocused } from "./journey.mjs";
import { MR_I, launch, problems, startPage } from "./promises.mjs";
import { fillStorage, freeStorage, storageIsFull } from "./storage-fill.mjs";

const KEY = "ni-record-check.answers";
const FILLER = "filler-";
const NOT_SAVED = "Your answers could not be saved on this phone. They are still here until you close this page.";
const NOT_DELETED = "Saved answers could not be deleted from this phone, because this browser would not let us.";
const RESULTS = "What a certificate issued on 15 July 2016 would show";

/** The message in the alert region, or "" when there is none. */
const message = async (page) => (await page.locator("#storage-refusal").innerText()).trim();
const banner = (page) => page.locator("#storage-refusal .notification-banner");
const heading = async (page) => (await page.locator("main h1").textContent()).trim();
const saved = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

describe("storage full", () => {
  let app;
  let filled;
  before(async () => {
    app = await launch();
  });
  after(async () => {
    await app?.close();
  });

  test("ticking Save when storage is full says so on that page, and the answers stay", async () => {
    const { page, url } = app;
    await startPage(page, url);
    await answerRecord(page, MR_I);
    filled = await page.evaluate(fillStorage, FILLER);
    assert.ok(filled.chars > 100_000, `filled with ${filled.chars} characters`);
    assert.equal(await page.evaluate(storageIsFull, FILLER), true, "nothing more fits");
    // The alert region is on the page before anything goes wrong, empty, so what appears in it is read out.
    assert.equal(await page.locator("#storage-refusal").getAttribute("role"), "alert");
    assert.equal(await message(page), "");

    await page.locator("#save-answers").check();
    await banner(page).waitFor();
    const text = await message(page);
    assert.ok(text.startsWith(`Important\n`), text);
    assert.ok(text.includes(NOT_SAVED), text);
    assert.ok(text.includes("Download my answers"), "it says how to keep them instead");
    // Said beside the box too, where the person who ticked it is looking, and read with it.
    assert.equal(await page.locator("#save-answers-refused").textContent(), "!Warning: Your answers are not saved on this phone. See the message at the top of this page.");
    assert.equal(await page.locator("#save-answers").getAttribute("aria-describedby"), "save-answers-hint save-answers-refused");
    assert.equal(await saved(page), null, "nothing was saved");
    assert.equal(await heading(page), RESULTS, "still on the results, with the answers");
    assert.ok(await page.locator("#save-answers").isChecked(), "the choice stands: each later answer tries again");
  });

  test("answering a question while storage is full: the message is on that page, said once, and the answer is kept", async () => {
    const { page } = app;
    await page.getByRole("link", { name: "Change your answers" }).click();
    await page.locator("main h1", { hasText: "Check your answers" }).waitFor();
    assert.ok((await message(page)).includes(NOT_SAVED), "still said on Check your answers");
    await page.getByRole("link", { name: "Change date", exact: true }).click();
    await page.locator("main h1", { hasText: "When were you convicted?" }).waitFor();
    await headingFocused(page);
    assert.equal(await banner(page).count(), 1);
    assert.ok((await message(page)).includes(NOT_SAVED), "said on the question's page");

    // Every key typed saves, and every save is refused: the message must not be redrawn (a
    // screen reader would read it out again each time).
    await page.evaluate(() => {
      window.alertChanges = 0;
      new MutationObserver((changes) => {
        window.alertChanges += changes.length;
      }).observe(document.getElementById("storage-refusal"), { childList: true, subtree: true, characterData: true, attributes: true });
    });
    await page.locator("#date-year").fill("");
    await page.locator("#date-year").pressSequentially("2012");
    assert.equal(await page.locator("#date-year").inputValue(), "2012");
    assert.equal(await page.evaluate(() => window.alertChanges), 0, "the message was left alone while typing");
    assert.equal(await saved(page), null, "still nothing saved");

    await continueOn(page);
    assert.equal(await heading(page), "Check your answers");
    assert.match(await page.locator("main").innerText(), /1 January 2012/, "the new answer is kept in the page");
    assert.ok((await message(page)).includes(NOT_SAVED));
    assert.equal(await page.evaluate(() => window.alertChanges), 0, "nor redrawn on the next page");
  });

  test("once there is room again, the next save works and the message goes", async () => {
    const { page } = app;
    assert.equal(await page.evaluate(freeStorage, FILLER), filled.keys, "the filler is gone");
    assert.equal(await page.evaluate(storageIsFull, FILLER), false);
    // Going to a page saves (the page is saved with the answers).
    await page.getByRole("link", { name: "Change date", exact: true }).click();
    await page.locator("main h1", { hasText: "When were you convicted?" }).waitFor();
    await banner(page).waitFor({ state: "detached" });
    assert.equal(await message(page), "");
    assert.match(await saved(page), /"year":"2012"/, "the answers are saved now");

    await continueOn(page);
    assert.equal(await page.locator("#save-answers-refused").count(), 0, "nor beside the box");
    assert.equal(await page.locator("#save-answers").getAttribute("aria-describedby"), "save-answers-hint");
    await page.getByRole("button", { name: "Delete my answers" }).click();
    await page.locator("main h1", { hasText: "Check what your criminal record will show" }).waitFor();
    assert.equal(await saved(page), null, "deleted");
    assert.equal(await message(page), "", "a delete that works says nothing");
  });

  test("no errors or warnings were logged", () => {
    assert.deepEqual(problems(app.log), []);
  });
});

describe("storage turned off", () => {
  let app;
  before(async () => {
    // Chromium's own setting "Block sites from saving data" ("cookies": 2 = block), in the
    // profile it opens, as a person sets it: localStorage then throws a SecurityError.
    app = await launch({
      setUpProfile: async (profile) => {
        await mkdir(join(profile, "Default"), { recursive: true });
        const preferences = { profile: { default_content_setting_values: { cookies: 2 } } };
        await writeFile(join(profile, "Default", "Preferences"), JSON.stringify(preferences));
      },
    });
  });
  after(async () => {
    await app?.close();
  });

  test("the browser refuses this page any storage", async () => {
    const { page, url } = app;
    await startPage(page, url);
    const refusal = await page.evaluate(() => {
      try {
        return localStorage ? "storage given" : "no storage";
      } catch (e) {
        return e.name;
      }
    });
    assert.equal(refusal, "SecurityError");
  });

  test("ticking Save says the answers could not be saved; they stay", async () => {
    const { page } = app;
    await answerRecord(page, MR_I);
    assert.equal(await message(page), "");
    await page.locator("#save-answers").check();
    await banner(page).waitFor();
    assert.ok((await message(page)).includes(NOT_SAVED));
    assert.equal(await heading(page), RESULTS);
  });

  test("Delete my answers says saved answers could not be deleted, on the start page it goes to", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Delete my answers" }).click();
    await page.locator("main h1", { hasText: "Check what your criminal record will show" }).waitFor();
    const text = await message(page);
    assert.ok(text.includes(NOT_DELETED), text);
    assert.ok(text.includes("clear this website's data in your browser's settings"), text);
    assert.ok(!text.includes(NOT_SAVED), "one message at a time: the latest");
  });

  test("nothing else went wrong", () => {
    // Without storage the service worker cannot be registered: boot.js says so as information.
    assert.deepEqual(problems(app.log), []);
  });
});
