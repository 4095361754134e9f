import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { openApp, problems, offHostRequests } from "./harness.mjs";

let app;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

test("the start page loads from a sub-path and shows its heading and Start button", async () => {
  const { page, url } = app;
  await page.goto(url);
  const h1 = page.locator("h1");
  await h1.waitFor({ timeout: 30_000 });
  assert.equal((await h1.textContent()).trim(), "Check what your criminal record will show");
  assert.equal(await page.getAttribute("html", "lang"), "en-GB");
  assert.equal(await page.getByRole("button", { name: /^Start/ }).count(), 1);
  await page.waitForLoadState("networkidle");
});

test("the page logged no errors or warnings (including CSP violations)", () => {
  assert.deepEqual(problems(app.log), []);
});

test("every request went to 127.0.0.1", () => {
  assert.ok(app.log.requests.length > 0, "requests were recorded");
  assert.deepEqual(offHostRequests(app.log), []);
});
