// Nothing is kept unless the person chooses: after a whole journey without "Save my answers on
// this device", localStorage, sessionStorage, IndexedDB and cookies are empty, and the service
// worker's Cache Storage holds only the build's own files, byte for byte. With "Save" ticked,
// localStorage holds the answers and a reload carries on; "Delete my answers" leaves nothing.
// The date of birth is an answer like any other (kept only with Save) and is never put in the
// downloaded answers, which keep each item's "under 18".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { answerRecord, startCheck } from "./journey.mjs";
import { DIST, MR_I, buildFiles, fileFor, launch, problems, serviceWorkerReady, startPage } from "./promises.mjs";

const KEY = "ni-record-check.answers";
const TYPED = "Care assistant at the Ormeau day centre";

/** Everything the page's origin keeps, apart from Cache Storage. */
async function kept(app) {
  const inPage = await app.page.evaluate(async () => ({
    localStorage: Object.fromEntries(Object.entries(localStorage)),
    sessionStorage: Object.fromEntries(Object.entries(sessionStorage)),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    cookie: document.cookie,
  }));
  return { ...inPage, cookies: (await app.context.cookies()).map((c) => c.name) };
}

const NOTHING = { localStorage: {}, sessionStorage: {}, indexedDB: [], cookie: "", cookies: [] };

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

test("without Save, a whole journey keeps nothing: no storage, no cookies", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await serviceWorkerReady(page);
  await answerRecord(page, MR_I);
  const reasons = page.locator(".reasons-helper textarea").first();
  if (await reasons.count()) await reasons.fill(TYPED);
  assert.deepEqual(await kept(app), NOTHING);
});

test("the service worker's Cache Storage holds only the build's files, exactly as built", async () => {
  const { page, url } = app;
  const files = await buildFiles();
  const cached = await page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = new Uint8Array(await (await cache.match(request)).arrayBuffer());
        out.push({ name, url: request.url, body: Array.from(body) });
      }
    }
    return out;
  });
  assert.ok(cached.length > 0, "the service worker cached the app");
  for (const { name, url: cachedUrl, body } of cached) {
    assert.match(name, /^ni-record-check-[0-9a-f]{16}$/);
    const file = fileFor(cachedUrl, url, files);
    assert.ok(file, `${cachedUrl} is a file of the build`);
    const onDisk = await readFile(join(DIST, file));
    assert.ok(Buffer.from(body).equals(onDisk), `${file}: the cached copy is the built file`);
  }
});

test("without Save, a reload forgets the answers", async () => {
  const { page } = app;
  await page.reload();
  await page.locator("main h1").waitFor();
  await page.goto(app.url);
  await startCheck(page);
  await page.locator("main h1", { hasText: "What was it?" }).waitFor();
  assert.equal(await page.locator("input[name=kind]:checked").count(), 0, "no answer remembered");
  assert.deepEqual(await kept(app), NOTHING);
});

test("with Save ticked, localStorage holds the answers and a reload carries on from them", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await answerRecord(page, MR_I);
  await page.locator("#save-answers").check();
  const saved = (await kept(app)).localStorage;
  assert.deepEqual(Object.keys(saved), [KEY]);
  assert.match(saved[KEY], /2009/, "the answers are in it");
  assert.ok(!saved[KEY].includes(TYPED), "notes typed in the reasons helper are not");

  await page.reload();
  await page.locator("main h1", { hasText: "What a certificate issued on 15 July 2016 would show" }).waitFor();
  assert.ok(await page.locator("#save-answers").isChecked());

  const other = await app.context.newPage();
  try {
    await other.goto(url); // no page in the address: carry on where the answers are
    await other.locator("main h1", { hasText: "What a certificate issued on 15 July 2016 would show" }).waitFor();
  } finally {
    await other.close();
  }
});

test("Delete my answers leaves nothing, and a reload starts afresh", async () => {
  const { page, url } = app;
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await page.locator("main h1", { hasText: "Check what your criminal record will show" }).waitFor();
  assert.deepEqual(await kept(app), NOTHING);
  await page.goto(url);
  await startCheck(page);
  await page.locator("main h1", { hasText: "What was it?" }).waitFor();
  assert.equal(await page.locator("input[name=kind]:checked").count(), 0);
  assert.deepEqual(await kept(app), NOTHING);
});

test("no errors or warnings were logged", () => {
  assert.deepEqual(problems(app.log), []);
});

/** One conviction, with a date of birth. */
const ONE = {
  birth: "1985-04-20",
  disposals: [{ kind: "conviction", date: "2010-03-02", under_18: false, offence: { type: "theft", choose: "Theft" }, sentences: [{ type: "fine" }] }],
  check_date: "2026-01-01",
};

test("the date of birth is kept only with Save, and never put in the downloaded answers", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await page.evaluate(() => localStorage.clear());
  await answerRecord(page, ONE);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, "nothing kept without Save");
  await page.locator("#save-answers").check();
  const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.match(saved, /"birth":\{"given":true,"date":\{"day":"20","month":"4","year":"1985"/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my answers" }).click(),
  ]);
  const file = await readFile(await download.path(), "utf8");
  assert.ok(!file.includes("1985"), `no date of birth in the file: ${file}`);
  assert.match(file, /"under_18": false/);
  await page.getByRole("button", { name: "Delete my answers" }).click();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, "deleted");
  assert.deepEqual(problems(app.log), []);
});

