// "Exit this page": leaves at once for a neutral site and forgets the
// answers, also when the app is embedded in a charity's page. The neutral
// site is answered by the test itself (page.route), so nothing leaves the machine.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { openApp } from "./harness.mjs";
import { choose, continueOn, startCheck } from "./journey.mjs";

const NEUTRAL = "https://www.bbc.co.uk/weather";
let app;
before(async () => {
  app = await openApp({ base: "/tools/record-check/" });
  await app.context.route("https://www.bbc.co.uk/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }),
  );
});
after(async () => {
  await app?.close();
});

test("Exit this page leaves for a neutral site and the answers are gone", async () => {
  const { page, url } = app;
  await page.goto(url);
  await startCheck(page);
  await choose(page, "kind", "caution");
  await continueOn(page);
  await page.getByRole("button", { name: "Exit this page" }).click();
  await page.waitForURL(NEUTRAL);
  await page.goto(url);
  await startCheck(page);
  assert.equal(await page.locator("input[name=kind]:checked").count(), 0, "nothing answered");
  assert.equal(await page.evaluate(() => localStorage.length), 0);
});

test("embedded in a charity's page, Exit this page leaves the whole tab", async () => {
  const charity = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><title>A charity</title><iframe src="${app.url}" title="Record check" style="width:100%;height:700px"></iframe>`);
  });
  await new Promise((ok) => charity.listen(0, "127.0.0.1", ok));
  const page = await app.context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${charity.address().port}/`);
    const frame = page.frames().find((f) => f.url().startsWith(app.url));
    await frame.getByRole("button", { name: "Exit this page" }).click({ timeout: 30_000 });
    await page.waitForURL(NEUTRAL);
    assert.equal(await page.title(), "Weather");
  } finally {
    await page.close();
    charity.closeAllConnections();
    await new Promise((ok) => charity.close(ok));
  }
});
