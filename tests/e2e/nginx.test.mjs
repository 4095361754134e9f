// The app on a real host: nginx with the repository's hosting/nginx/ include, serving the
// build under /record-check/ as a charity's host would (tests/e2e/nginx.mjs). Every file of
// the build arrives with every security header, its type, the caching the include chose for it
// and compression; the app works under the header policy; a charity's page whose origin the
// site lists in frame-ancestors shows it with README.md's <iframe>, another origin's page cannot,
// and "Exit this page" in the frame leaves the whole tab. The neutral site is answered by the
// test (context.route), so nothing leaves the machine.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./harness.mjs";
import { answerRecord, startCheck } from "./journey.mjs";
import { HOSTING, get, startNginx } from "./nginx.mjs";
import { DIST, MR_I, appReady, buildFiles, problems, serviceWorkerReady } from "./promises.mjs";

const BASE = "/record-check/";
const NEUTRAL = "https://www.bbc.co.uk/weather";
const README = await readFile(new URL("../../README.md", import.meta.url), "utf8");

// What the include says each file gets (hosting/nginx/record-check.conf).
const TYPES = {
  html: "text/html",
  js: "application/javascript",
  css: "text/css",
  wasm: "application/wasm",
  webmanifest: "application/manifest+json",
  svg: "image/svg+xml",
  png: "image/png",
};
const COMPRESSED = ["html", "js", "css", "wasm", "webmanifest", "svg"];
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Names carrying the build's hash (the pattern public/sw.js uses for them). */
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
/**
 * What README.md tells a charity its `sandbox` must allow, tried here: scripts and WebAssembly;
 * its own origin (storage, the service worker); forms (every Continue submits a form: without
 * it no page goes on); modals ("Print it"); downloads (the calendar and answers files); leaving
 * the whole tab on the person's click ("Exit this page").
 */
const SANDBOX = README.replace(/\s+/g, " ").match(/If you add `sandbox`, it needs at least `([^`]+)`/)[1];

/** hosting/nginx/headers.conf's headers, with the site's frame-ancestors put in. */
async function securityHeaders(frameAncestors) {
  const conf = await readFile(join(HOSTING, "headers.conf"), "utf8");
  const headers = {};
  for (const [, name, value] of conf.matchAll(/^add_header (\S+) "(.*)" always;$/gm)) {
    headers[name.toLowerCase()] = value.replace("$record_check_frame_ancestors", frameAncestors);
  }
  assert.equal(Object.keys(headers).length, 5, "headers.conf's five headers");
  return headers;
}

/** README.md's <iframe> ("Embedding it on a charity's website"), pointing at `url`. */
function readmeIframe(url) {
  const section = README.split("### Embedding it on a charity's website")[1];
  const iframe = section.match(/```html\n([\s\S]*?)\n```/)[1];
  const src = 'src="https://tools.example.org/record-check/"';
  assert.ok(iframe.includes(src), `README's iframe has ${src}`);
  return iframe.replace(src, `src="${url}"`);
}

/** A page on its own origin (127.0.0.1, another port) whose HTML `body()` gives. */
async function pageServer(body) {
  const server = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><title>A charity</title><h1>Check your record</h1>\n${body()}`);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    origin: new URL(url).origin,
    async close() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}

let nginx, charity, sandboxed, stranger, browser, files, expected;
const log = { requests: [], console: [], pageErrors: [] };
const started = Date.now();

before(async () => {
  files = await buildFiles(DIST);
  // The charity's page, listed in frame-ancestors; the same page with the README's sandbox; and
  // a page on an origin the site does not list.
  charity = await pageServer(() => readmeIframe(nginx.url));
  sandboxed = await pageServer(() =>
    readmeIframe(nginx.url).replace("<iframe ", `<iframe sandbox="${SANDBOX}" `),
  );
  stranger = await pageServer(() => readmeIframe(nginx.url));
  const frameAncestors = `${charity.origin} ${sandboxed.origin}`;
  nginx = await startNginx({ root: DIST, base: BASE, frameAncestors });
  expected = await securityHeaders(frameAncestors);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await nginx?.stop();
  for (const server of [charity, sandboxed, stranger]) await server?.close();
  console.log(`# nginx.test.mjs took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});


/**
 * A tab in a browser context of its own (a first visit: no service worker yet, so nginx
 * answers everything), its requests and console recorded, the neutral site answered here.
 */
async function newTab() {
  const context = await browser.newContext();
  await context.route("https://www.bbc.co.uk/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }),
  );
  context.on("request", (request) => log.requests.push({ url: request.url(), request }));
  const page = await context.newPage();
  page.on("console", (m) => log.console.push({ page, type: m.type(), text: m.text() }));
  page.on("pageerror", (error) => log.pageErrors.push({ page, text: String(error) }));
  return { context, page };
}

/** Asserts a response carries every security header, exactly. */
function assertSecurityHeaders(headers, what) {
  for (const [name, value] of Object.entries(expected)) {
    assert.equal(headers[name], value, `${what}: ${name}`);
  }
}

/** The console problems and page errors of `page`. */
function problemsOf(page) {
  return problems({
    console: log.console.filter((m) => m.page === page),
    pageErrors: log.pageErrors.filter((e) => e.page === page).map((e) => e.text),
  });
}

test("every file of the build: its bytes, the security headers, its type, and no-cache or immutable as its name says", async () => {
  assert.ok(files.length > 10, `the build's files: ${files}`);
  const immutable = [];
  for (const file of [...files, ""]) {
    const res = await get(nginx.url + file);
    const path = file === "" ? "index.html" : file;
    const what = `${BASE}${file}`;
    assert.equal(res.status, 200, what);
    assert.ok((await readFile(join(DIST, path))).equals(res.body), `${what}: the file's bytes`);
    assert.equal(res.headers["content-encoding"], undefined, `${what}: not compressed unless asked`);
    assertSecurityHeaders(res.headers, what);
    const type = TYPES[path.split(".").pop()];
    assert.ok(type, `${what}: the include names a type for every kind of file in the build`);
    assert.equal(res.headers["content-type"], type, `${what}: type`);
    const caching = HASHED.test(path) ? IMMUTABLE : "no-cache";
    assert.equal(res.headers["cache-control"], caching, `${what}: caching`);
    if (caching === IMMUTABLE) immutable.push(path);
  }
  // What that means for this build, file by file: every module, script (but the service
  // worker) and stylesheet is immutable, whatever it is called (split_*, chunk_*, __wasm_split).
  const kind = (re) => files.filter((f) => re.test(f));
  assert.deepEqual(immutable, kind(/\.(wasm|css)$|(?<!^sw)\.js$/));
  for (const wasm of kind(/\.wasm$/)) assert.ok(immutable.includes(wasm), wasm);
  for (const name of [/^split_results_module-/, /^split_quick_module-/, /^chunk_\d+-/, /^__wasm_split-/, /_bg\.wasm$/]) {
    assert.ok(immutable.some((f) => name.test(f)), `an immutable file named like ${name}`);
  }
  for (const name of ["index.html", "sw.js", "public/manifest.webmanifest"]) {
    assert.ok(files.includes(name) && !immutable.includes(name), `${name} is no-cache`);
  }
});

test("a no-cache file is checked cheaply (304), and errors carry the security headers but are never kept a year", async () => {
  const sw = await get(`${nginx.url}sw.js`);
  const again = await get(`${nginx.url}sw.js`, { "if-none-match": sw.headers.etag });
  assert.equal(again.status, 304);
  assertSecurityHeaders(again.headers, "304 of sw.js");
  for (const missing of ["no-such-file.js", "ni-record-check-0123456789abcdef_bg.wasm"]) {
    const res = await get(nginx.url + missing);
    assert.equal(res.status, 404, missing);
    assertSecurityHeaders(res.headers, missing);
    assert.notEqual(res.headers["cache-control"], IMMUTABLE, missing);
  }
});

test("compressed: brotli when the browser asks for br, gzip when it asks only for gzip, with the headers", async () => {
  const sizes = { raw: 0, br: 0, gzip: 0 };
  for (const file of files.filter((f) => COMPRESSED.includes(f.split(".").pop()))) {
    const bytes = await readFile(join(DIST, file));
    const br = await get(nginx.url + file, { "accept-encoding": "gzip, deflate, br" });
    assert.equal(br.headers["content-encoding"], "br", file);
    assert.ok(brotliDecompressSync(br.body).equals(bytes), `${file}: brotli of the file`);
    const gzip = await get(nginx.url + file, { "accept-encoding": "gzip" });
    assert.equal(gzip.headers["content-encoding"], "gzip", file);
    assert.ok(gunzipSync(gzip.body).equals(bytes), `${file}: gzip of the file`);
    for (const res of [br, gzip]) {
      assert.equal(res.headers.vary, "Accept-Encoding", file);
      assertSecurityHeaders(res.headers, file);
      assert.equal(res.headers["content-type"], TYPES[file.split(".").pop()], file);
    }
    if (bytes.length > 1000) assert.ok(br.body.length < bytes.length / 2, `${file}: ${bytes.length} to ${br.body.length}`);
    sizes.raw += bytes.length;
    sizes.br += br.body.length;
    sizes.gzip += gzip.body.length;
  }
  console.log(`# compressible files of the build: ${sizes.raw} bytes, brotli ${sizes.br}, gzip ${sizes.gzip}`);
  assert.ok(sizes.br < sizes.gzip, "brotli is smaller");
  for (const png of files.filter((f) => f.endsWith(".png"))) {
    const res = await get(nginx.url + png, { "accept-encoding": "gzip, br" });
    assert.equal(res.headers["content-encoding"], undefined, `${png}: already compressed`);
  }
});

test("the policy arrives as a header and the app works under it: a whole journey, no console errors, nothing leaves the origin", async () => {
  const { context, page } = await newTab();
  try {
    const from = log.requests.length;
    const response = await page.goto(nginx.url);
    assert.equal(response.fromServiceWorker(), false);
    const policy = response.headers()["content-security-policy"];
    assert.equal(policy, expected["content-security-policy"]);
    // The header's policy is the page's own <meta> policy, plus frame-ancestors.
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.equal(policy, `${meta}; frame-ancestors ${charity.origin} ${sandboxed.origin}`);
    await page.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 30_000 });
    await appReady(page);
    await answerRecord(page, MR_I);
    assert.equal((await page.locator("main h1").textContent()).trim(), "What a certificate issued on 15 July 2016 would show");
    // The service worker (sw.js, under the header policy) installed and keeps the build.
    await serviceWorkerReady(page);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(problemsOf(page), []);
    const seen = log.requests.slice(from).map((r) => r.url).filter((u) => !/^(blob|data):/.test(u));
    assert.ok(seen.some((u) => u.endsWith(".wasm")), "the app's modules came from nginx");
    // Chromium asks for brotli (on 127.0.0.1 as over https): nginx sends br only when asked.
    const wasm = log.requests.slice(from).find((r) => r.url.endsWith("_bg.wasm")).request;
    const wasmHeaders = await (await wasm.response()).allHeaders();
    assert.equal(wasmHeaders["content-encoding"], "br");
    assert.equal(wasmHeaders["content-type"], "application/wasm");
    assert.deepEqual(seen.filter((u) => !u.startsWith(nginx.url)), [], "every request went to the app's origin and path");
  } finally {
    await context.close();
  }
});

/**
 * Opens `site`'s page (README.md's <iframe> of the app) in a new tab of a new context; returns
 * the context, the tab, and the request and response (from nginx) of the frame's document.
 */
async function embedded(site) {
  const { context, page } = await newTab();
  const navigated = page.waitForRequest((r) => r.url() === nginx.url && r.isNavigationRequest());
  const answered = page.waitForResponse((r) => r.url() === nginx.url);
  await page.goto(site.url);
  const response = await answered;
  assert.equal(response.fromServiceWorker(), false, "nginx answered the frame");
  return { context, page, request: await navigated, response };
}

for (const [name, site, sandbox] of [
  ["the charity's page", () => charity, false],
  ["the charity's page with a sandbox", () => sandboxed, true],
]) {
  test(`${name}, listed in frame-ancestors, shows the app; Exit this page leaves the whole tab`, async () => {
    const { context, page, request, response } = await embedded(site());
    try {
      assert.equal((await page.locator("iframe").getAttribute("sandbox")) !== null, sandbox);
      assert.equal(response.status(), 200);
      assert.equal(request.headers().referer, undefined, "referrerpolicy=no-referrer: the app is not told the charity's page");
      const frame = page.frames().find((f) => f.url() === nginx.url);
      assert.ok(frame, `the frame shows the app: ${page.frames().map((f) => f.url())}`);
      await frame.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 30_000 });
      await appReady(frame);
      if (!sandbox) {
        await startCheck(frame);
        assert.ok((await frame.locator("input[name=kind]").count()) > 0, "the first question");
      } else {
        // Everything the sandbox must allow: a whole journey, Print, a download.
        await answerRecord(frame, MR_I);
        assert.equal((await frame.locator("main h1").textContent()).trim(), "What a certificate issued on 15 July 2016 would show");
        await frame.getByRole("button", { name: "Print it" }).first().click();
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          frame.getByRole("button", { name: "Download my answers" }).click(),
        ]);
        assert.ok(download.url().startsWith("blob:"), download.url());
        await page.waitForTimeout(300);
      }
      await frame.getByRole("button", { name: "Exit this page" }).click();
      await page.waitForURL(NEUTRAL);
      assert.equal(await page.title(), "Weather", "the whole tab left, the charity's page too");
      assert.deepEqual(problemsOf(page), []);
    } finally {
      await context.close();
    }
  });
}

test("a page on an origin the site does not list cannot show the app in a frame", async () => {
  const { context, page, response } = await embedded(stranger);
  try {
    // nginx answered; the browser refused to show the answer in this page.
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-security-policy"], new RegExp(`frame-ancestors ${charity.origin} `));
    await page.waitForFunction(() => document.querySelector("iframe")?.contentWindow, null, { timeout: 10_000 });
    await expectRefused(page);
  } finally {
    await context.close();
  }
});

/** The frame holds Chromium's error page, not the app, and the console says why. */
async function expectRefused(page) {
  const deadline = Date.now() + 10_000;
  let frame;
  while (Date.now() < deadline) {
    frame = page.frames().find((f) => f !== page.mainFrame());
    if (frame?.url().startsWith("chrome-error:")) break;
    await page.waitForTimeout(100);
  }
  assert.equal(frame?.url(), "chrome-error://chromewebdata/", "the frame shows the browser's error page");
  assert.equal(await frame.locator("#start-now, #app").count(), 0, "nothing of the app in the frame");
  const refusals = log.console.filter((m) => m.page === page && m.type === "error" && /frame-ancestors/.test(m.text));
  assert.equal(refusals.length, 1, `the refusal is reported: ${log.console.filter((m) => m.page === page).map((m) => m.text)}`);
  // Chromium names the origin only.
  const why = `Framing '${nginx.origin}/' violates the following Content Security Policy directive: "frame-ancestors ${charity.origin} ${sandboxed.origin}"`;
  assert.ok(refusals[0].text.startsWith(why), refusals[0].text);
}
