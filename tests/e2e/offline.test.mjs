// Offline after the first visit: the service worker (dist/sw.js, written by the build from
// public/sw.js) keeps this build's files, so with the network off, or the server gone, the app
// loads and a whole journey reaches the results. A new deploy replaces the old cache whole.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerRecord, choose, itemText } from "./journey.mjs";
import { DIST, MR_I, buildFiles, launch, problems, serviceWorkerReady, startPage } from "./promises.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Answers Mr I's record and checks the results say what the Short Guide says. */
async function mrIResults(page) {
  await answerRecord(page, MR_I);
  assert.equal((await page.locator("main h1").textContent()).trim(), "What a certificate issued on 15 July 2016 would show");
  const item = await itemText(page, "Conviction, 1 January 2009");
  assert.ok(item.includes("Spent Yes, since 1 January 2014"), item);
  assert.ok(item.includes("Basic check Does not show"), item);
}

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

test("the first visit installs a service worker that caches every file of this build but the home-screen PNGs and quick entry's module, and only those", async () => {
  const { page, url } = app;
  await startPage(page, url);
  await serviceWorkerReady(page);
  const sw = await readFile(join(DIST, "sw.js"), "utf8");
  assert.match(sw, /const VERSION = \/\* PRECACHE_VERSION \*\/ "[0-9a-f]{16}"/, "the build filled in the version");
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const out = {};
    for (const name of names) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
    return out;
  });
  const [name, ...others] = Object.keys(cached);
  assert.deepEqual(others, [], "one cache");
  assert.match(name, /^ni-record-check-[0-9a-f]{16}$/);
  const all = (await buildFiles()).filter((f) => f !== "sw.js");
  // The PNG icons are fetched only when the app is added to a home screen (scripts/lib/precache.mjs).
  // Quick entry's module is kept when first fetched (the next test).
  const quick = all.filter((f) => /^split_quick_module-[0-9a-f]{16}\.wasm$/.test(f));
  assert.equal(quick.length, 1, "the build has quick entry's module");
  const files = all.filter((f) => !/^public\/icons\/.+\.png$/.test(f) && !quick.includes(f));
  assert.ok(all.length - files.length >= 5, "the four PNG icons and quick entry's module are left out");
  const expected = files.map((f) => new URL(f === "index.html" ? "./" : f, url).href).sort();
  assert.deepEqual(cached[name], expected);
  assert.ok(files.some((f) => /^ni-record-check-[0-9a-f]+_bg\.wasm$/.test(f)), "the hashed wasm is among them");
  assert.ok(!files.includes("public/sw.js"), "no unfilled copy of the template in the build");
});

test("quick entry's module is kept when first fetched, and quick entry then works offline", async () => {
  // Its own tab, so the other tests' page and its caches are as they were.
  const { url, context } = app;
  const page = await context.newPage();
  const kept = () =>
    page.evaluate(async () => {
      for (const name of await caches.keys()) {
        for (const r of await (await caches.open(name)).keys()) if (/split_quick_module-[0-9a-f]{16}\.wasm$/.test(r.url)) return true;
      }
      return false;
    });
  try {
    await startPage(page, url);
    await serviceWorkerReady(page);
    assert.equal(await kept(), false, "not cached before quick entry is chosen");
    await page.getByRole("link", { name: "Use quick entry" }).click();
    await page.locator("input[name=where]").first().waitFor();
    await page.waitForFunction(
      async () => {
        for (const name of await caches.keys()) {
          for (const r of await (await caches.open(name)).keys()) if (/split_quick_module-/.test(r.url)) return true;
        }
        return false;
      },
      null,
      { timeout: 10_000 },
    );
    await context.setOffline(true);
    await page.goto(url);
    await page.getByRole("link", { name: "Use quick entry" }).click();
    await choose(page, "where", "ni");
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await choose(page, "birth-given", "no");
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.locator("#add-sentence, input[name=kind]").first().waitFor();
    assert.ok(await page.locator("input[name=kind]").count(), "the quick-entry page, offline");
  } finally {
    await context.setOffline(false);
    await page.close();
  }
});

test("with the network off, a reload loads the app from the service worker and a whole journey gets results", async () => {
  const { page, url, context, log } = app;
  await context.setOffline(true);
  try {
    const from = log.requests.length;
    await page.reload();
    await page.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 30_000 });
    await mrIResults(page);
    const fetched = log.requests.slice(from).filter((r) => !r.worker && /^https?:/.test(r.url));
    assert.ok(fetched.length > 0, "the reload made requests");
    for (const r of fetched) {
      const response = await r.request.response();
      assert.ok(response?.fromServiceWorker(), `${r.url} came from the service worker`);
    }
  } finally {
    await context.setOffline(false);
  }
});

test("with the server stopped entirely, a new tab opens the app and a whole journey gets results", async () => {
  const { context, url } = app;
  await app.stopServer();
  const page = await context.newPage();
  try {
    await startPage(page, url);
    await mrIResults(page);
    // The app really is gone from the network: only the service worker answers.
    await assert.rejects(fetch(url), "nothing answers at the app's address");
  } finally {
    await page.close();
  }
});

test("no errors or warnings were logged while offline", () => {
  assert.deepEqual(problems(app.log), []);
});

test("a new deploy replaces the old cache: the next load uses the new build only", async () => {
  // A copy of the build, served and visited, then "redeployed": a changed index.html and the
  // build's own hook run again over the copy, as Trunk runs it.
  const site = await mkdtemp(join(tmpdir(), "ni-deploy-"));
  await cp(DIST, site, { recursive: true });
  const deploy = await launch({ root: site });
  try {
    const { page, url } = deploy;
    await startPage(page, url);
    await serviceWorkerReady(page);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);

    const index = join(site, "index.html");
    await writeFile(index, (await readFile(index, "utf8")).replace("<body>", '<body data-deploy="second">'));
    await promisify(execFile)("node", [join(ROOT, "scripts/lib/precache.mjs")], {
      env: { ...process.env, TRUNK_STAGING_DIR: site, TRUNK_SOURCE_DIR: ROOT },
    });
    // The browser checks sw.js on navigation, installs the new worker, which takes over and
    // deletes the old cache. The page that started it still runs the old build.
    await page.reload();
    const deadline = Date.now() + 30_000;
    let names = before;
    while (!(names.length === 1 && names[0] !== before[0]) && Date.now() < deadline) {
      await page.waitForTimeout(200);
      names = await page.evaluate(() => caches.keys());
    }
    assert.equal(names.length, 1, names.join());
    assert.notEqual(names[0], before[0], "a new cache replaced the old one");
    await page.reload();
    await page.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator("body").getAttribute("data-deploy"), "second", "the new index.html");
    await deploy.stopServer();
    await page.reload();
    await page.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator("body").getAttribute("data-deploy"), "second", "offline: the new build, from the new cache");
    assert.deepEqual(problems(deploy.log), []);
  } finally {
    await deploy.close();
    await rm(site, { recursive: true, force: true });
  }
});
