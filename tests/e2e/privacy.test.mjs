// No data leaves the device: every request of a whole journey (with Save, Delete and the
// downloads) is a GET of one of the build's own files from the app's own origin, none at all
// after the first load, and the Content-Security-Policy blocks the page from reaching any
// other origin even when code in the page tries on purpose.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { answerRecord } from "./journey.mjs";
import { MR_I, buildFiles, fileFor, launch, problems, serviceWorkerReady, startPage } from "./promises.mjs";

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

let app;
let files;
let firstLoad; // how many requests the first load made
before(async () => {
  app = await launch();
  files = await buildFiles();
});
after(async () => {
  await app?.close();
});

test("the page has a strict Content-Security-Policy, no-referrer, and no inline script or other origin", async () => {
  const { page, url } = app;
  await startPage(page, url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.deepEqual(csp.split(";").map((d) => d.trim()), CSP);
  assert.equal(await page.locator('meta[name="referrer"]').getAttribute("content"), "no-referrer");
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0, "no inline scripts");
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll("[src], [href]")].map((e) => e.src || e.href).filter((u) => !u.startsWith(location.origin + "/") && !/^(tel|mailto):/.test(u)),
  );
  assert.deepEqual(
    urls.filter((u) => u !== "https://www.bbc.co.uk/weather"),
    [],
    "everything the page links to or loads is its own",
  );
});

test("a whole journey with Save, downloads and Delete sends no request after the first load", async () => {
  const { page, log } = app;
  await serviceWorkerReady(page);
  await page.waitForLoadState("networkidle");
  firstLoad = log.requests.length;
  const served = log.served.length;

  // With a date of birth, which works out every "under 18?".
  await answerRecord(page, { ...MR_I, birth: "1950-01-01" });
  await page.locator("#save-answers").check();
  let downloads = 0;
  for (const name of ["Download reminders (.ics)", "Download my answers"]) {
    const button = page.getByRole("button", { name });
    if (await button.count()) {
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      assert.ok(download.url().startsWith("blob:"), `${name}: made on the device (${download.url()})`);
      downloads += 1;
    }
  }
  assert.ok(downloads > 0, "the results offered a download");
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await page.locator("main h1", { hasText: "Check what your criminal record will show" }).waitFor();
  await page.waitForTimeout(500);

  const after = log.requests.slice(firstLoad).map((r) => r.url).filter((u) => !u.startsWith("blob:"));
  assert.deepEqual(after, [], "no request from the page or its service worker after the first load");
  assert.deepEqual(log.served.slice(served), [], "the server heard nothing after the first load");
});

test("every request there was went to the app's own origin and was a GET of one of the build's files", () => {
  const { log, url } = app;
  assert.ok(firstLoad > 0, "the first load was recorded");
  const origin = new URL(url).origin;
  for (const r of log.requests) {
    if (r.url.startsWith("blob:") || r.url.startsWith("data:")) continue;
    assert.equal(new URL(r.url).origin, origin, r.url);
    assert.equal(r.method, "GET", r.url);
    assert.ok(fileFor(r.url, url, files), `${r.url} is a file of the build`);
  }
  for (const s of log.served) {
    assert.equal(s.method, "GET", s.path);
    assert.ok(fileFor(new URL(s.path, origin).href, url, files), `${s.path} is a file of the build`);
  }
});

test("no errors or warnings were logged", () => {
  assert.deepEqual(problems(app.log), []);
});

test("code in the page that tries to reach another origin is blocked by the policy: nothing arrives", async () => {
  // Another origin (same machine, another port) that counts what reaches it.
  const heard = [];
  const other = createServer((req, res) => {
    heard.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "Access-Control-Allow-Origin": "*", "Content-Type": "text/plain" });
    res.end("ok");
  });
  await new Promise((ok) => other.listen(0, "127.0.0.1", ok));
  const target = `http://127.0.0.1:${other.address().port}/`;
  try {
    const { page } = app;
    const outcome = await page.evaluate(async (target) => {
      const violated = [];
      document.addEventListener("securitypolicyviolation", (e) => violated.push(e.effectiveDirective));
      const tried = {};
      tried.fetch = await fetch(target + "fetch?answers=secret", { method: "POST", body: "secret", mode: "no-cors" }).then(
        () => "sent",
        (e) => `blocked: ${e.message}`,
      );
      tried.xhr = await new Promise((ok) => {
        const x = new XMLHttpRequest();
        x.open("GET", target + "xhr");
        x.onload = () => ok("sent");
        x.onerror = () => ok("blocked");
        x.send();
      });
      try {
        tried.beacon = navigator.sendBeacon(target + "beacon", "secret") ? "queued" : "refused";
      } catch (e) {
        tried.beacon = `blocked: ${e.message}`;
      }
      tried.image = await new Promise((ok) => {
        const img = new Image();
        img.onload = () => ok("loaded");
        img.onerror = () => ok("blocked");
        img.src = target + "pixel.gif?answers=secret";
      });
      tried.websocket = await new Promise((ok) => {
        try {
          const ws = new WebSocket(target.replace("http", "ws") + "ws");
          ws.onopen = () => ok("open");
          ws.onerror = () => ok("blocked");
        } catch (e) {
          ok(`blocked: ${e.message}`);
        }
      });
      const form = Object.assign(document.createElement("form"), { method: "post", action: target + "form" });
      form.append(Object.assign(document.createElement("input"), { name: "answers", value: "secret" }));
      document.body.append(form);
      form.submit();
      form.remove();
      await new Promise((ok) => setTimeout(ok, 1000));
      return { tried, violated: [...new Set(violated)].sort() };
    }, target);
    assert.match(outcome.tried.fetch, /^blocked/);
    assert.equal(outcome.tried.xhr, "blocked");
    assert.equal(outcome.tried.image, "blocked");
    assert.match(outcome.tried.websocket, /^blocked/);
    for (const directive of ["connect-src", "img-src", "form-action"]) {
      assert.ok(outcome.violated.includes(directive), `${directive} reported: ${outcome.violated}`);
    }
    // The page is still the app (the form did not navigate away).
    assert.equal((await page.locator("main h1").textContent()).trim(), "Check what your criminal record will show");
    assert.deepEqual(heard, [], "nothing reached the other origin");
  } finally {
    other.closeAllConnections();
    await new Promise((ok) => other.close(ok));
  }
});

test("embedded in an iframe on a charity's page (another origin), a whole journey works and nothing goes to the page", async () => {
  const charity = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><title>A charity</title><h1>Check your record</h1>
      <iframe src="${app.url}" title="Check what your criminal record will show" style="width:100%;height:900px;border:0"
        referrerpolicy="no-referrer" allow="clipboard-write"></iframe>`);
  });
  await new Promise((ok) => charity.listen(0, "127.0.0.1", ok));
  const charityUrl = `http://127.0.0.1:${charity.address().port}/`;
  const page = await app.context.newPage();
  try {
    const from = app.log.requests.length;
    await page.goto(charityUrl);
    const messages = [];
    await page.exposeFunction("__heard", (m) => messages.push(m));
    await page.evaluate(() => addEventListener("message", (e) => window.__heard(String(e.data))));
    const frame = page.frames().find((f) => f.url().startsWith(app.url));
    assert.ok(frame, "the app is in the frame");
    await frame.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 30_000 });
    await answerRecord(frame, MR_I);
    assert.equal((await frame.locator("main h1").textContent()).trim(), "What a certificate issued on 15 July 2016 would show");
    const origins = new Set(
      app.log.requests
        .slice(from)
        .map((r) => r.url)
        .filter((u) => /^https?:/.test(u))
        .map((u) => new URL(u).origin),
    );
    assert.deepEqual([...origins].sort(), [new URL(app.url).origin, new URL(charityUrl).origin].sort());
    assert.deepEqual(messages, [], "the app posts nothing to the charity's page");
  } finally {
    await page.close();
    charity.closeAllConnections();
    await new Promise((ok) => charity.close(ok));
  }
});
