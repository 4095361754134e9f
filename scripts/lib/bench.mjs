// The benchmark behind ./scripts/bench (run on demand; not a test). Prints, as plain numbers:
//   1. every file of a first visit: bytes raw, gzip (level 9) and brotli (quality 11), and totals;
//   2. the median time until the start page's heading is visible, and until it is interactive (its Start button exists and a click
//      on it shows the first question, whichever it is), on a first visit and on a repeat visit (from the service
//      worker), in headless Chromium with Slow 4G (1.6 Mbit/s down, 750 kbit/s up, 150 ms
//      round trip; CDP Network.emulateNetworkConditions) and a 4x CPU slowdown
//      (CDP Emulation.setCPUThrottlingRate);
//   3. the median time to assess a 100-item record in wasm (a build with --features bench);
//   4. the time to assess each record shape (src/sample.rs) at 10 to 5,000 convictions in wasm.
//
//   node scripts/lib/bench.mjs --dist dist --bench-dist DIR [--baseline-dist DIR] [--runs 5]
//
// With --baseline-dist (an older build, "before"), sections 1 and 2 are measured for both
// builds in the same run, and a summary table puts them side by side.
//
// The files are served compressed, as a host would: brotli or gzip by the browser's
// Accept-Encoding, compressed once at start.
import { createServer } from "node:http";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, relative, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;
const BASE = "/bench/";

const opts = { dist: "dist", "bench-dist": null, "baseline-dist": null, runs: "5" };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) opts[argv[i].replace(/^--/, "")] = argv[i + 1];
const RUNS = Number(opts.runs);

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** Every file of a build, read and compressed once. */
async function load(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Map();
  for (const e of entries.filter((e) => e.isFile())) {
    const full = join(e.parentPath ?? e.path, e.name);
    const raw = await readFile(full);
    files.set(relative(root, full).split(sep).join("/"), {
      raw,
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    });
  }
  return files;
}

/** Serves the files under BASE, compressed as the request allows. Records what was asked. */
async function serve(files) {
  const log = [];
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(BASE)) return res.writeHead(404).end();
    path = path.slice(BASE.length) || "index.html";
    if (path.endsWith("/")) path += "index.html";
    const file = files.get(path);
    if (!file) return res.writeHead(404).end();
    const accept = req.headers["accept-encoding"] ?? "";
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
    const body = encoding ? file[encoding] : file.raw;
    log.push({ path, encoding, bytes: body.length });
    res.writeHead(200, {
      "Content-Type": MIME[extname(path)] ?? "application/octet-stream",
      "Content-Length": body.length,
      ...(encoding ? { "Content-Encoding": encoding, Vary: "Accept-Encoding" } : {}),
      "Cache-Control": "no-cache",
    });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}${BASE}`,
    log,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** A fresh browser profile (no cache, no service worker). */
async function browser() {
  const profile = await mkdtemp(join(tmpdir(), "ni-bench-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

// In the page, before any of its scripts: the moment the start page's heading is there, the
// moment the Start button appears (then click it: an early press is kept until the app is
// ready), and the moment the first question shows. Times are from the start of the navigation.
const PROBE = () => {
  window.__interactive = new Promise((done) => {
    let clicked = false;
    const observer = new MutationObserver(() => {
      if (window.__headingShown === undefined && document.querySelector("main h1")) window.__headingShown = performance.now();
      if (!clicked) {
        const start = [...document.querySelectorAll("button, [role=button]")].find((b) => /^Start/.test(b.textContent.trim()));
        if (start) {
          clicked = true;
          window.__startShown = performance.now();
          start.click();
        }
      } else if (document.querySelector("main input[type=radio]")) {
        observer.disconnect();
        done({ heading: window.__headingShown, shown: window.__startShown, interactive: performance.now() });
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
};

async function throttled(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript(PROBE);
  return page;
}

async function visit(page, url) {
  await page.goto(url);
  return page.evaluate(() => window.__interactive);
}

let firstVisitGzip = 0;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const n = (x) => x.toLocaleString("en-GB");
const ms = (x) => `${Math.round(x)} ms`;

/** Sections 1 and 2 for one build: its first visit's bytes, then its times on the slow phone. */
async function measure(label, dist) {
const files = await load(resolve(dist));
const server = await serve(files);
console.log(`== ${label}: ${dist}`);
// 1. Bytes of a first visit.
{
  const { context, close } = await browser();
  const by = new Map(); // path -> Set of "page" / "service worker"
  context.on("request", (r) => {
    const path = decodeURIComponent(new URL(r.url()).pathname).slice(BASE.length) || "index.html";
    if (!by.has(path)) by.set(path, new Set());
    by.get(path).add(r.serviceWorker() ? "service worker" : "page");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1000);
  await close();
  const asked = [...new Set(server.log.map((l) => l.path))].sort();
  const encodings = [...new Set(server.log.map((l) => l.encoding ?? "none"))].join(", ");
  console.log("First visit: every file fetched, by the page or by the service worker as it installs");
  console.log(`${"file".padEnd(44)} ${"raw".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}  fetched by`);
  const total = { raw: 0, gzip: 0, br: 0 };
  for (const path of asked) {
    const f = files.get(path);
    total.raw += f.raw.length;
    total.gzip += f.gzip.length;
    total.br += f.br.length;
    const who = [...(by.get(path) ?? [])].sort().join(" and ");
    console.log(`${path.padEnd(44)} ${n(f.raw.length).padStart(9)} ${n(f.gzip.length).padStart(9)} ${n(f.br.length).padStart(9)}  ${who}`);
  }
  console.log(`${`total (${asked.length} files)`.padEnd(44)} ${n(total.raw).padStart(9)} ${n(total.gzip).padStart(9)} ${n(total.br).padStart(9)}`);
  firstVisitGzip = total.gzip;
  const sent = server.log.reduce((sum, l) => sum + l.bytes, 0);
  console.log(`The server sent ${n(sent)} bytes in ${server.log.length} responses (Content-Encoding: ${encodings}); files fetched twice are the service worker checking the unhashed ones.`);
  console.log("");
}

// 2. Time to interactive, first and repeat visit, on the emulated slow phone.
const heading = [];
const first = [];
const repeat = [];
for (let run = 1; run <= RUNS; run++) {
  const { context, close } = await browser();
  try {
    let page = await throttled(context);
    const a = await visit(page, server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    });
    await page.close();
    page = await throttled(context);
    const b = await visit(page, server.url);
    heading.push(a.heading ?? a.shown);
    first.push(a.interactive);
    repeat.push(b.interactive);
    console.log(`run ${run}: first visit: heading ${ms(a.heading ?? a.shown)}, Start ${ms(a.shown)}, interactive ${ms(a.interactive)}; repeat visit: interactive ${ms(b.interactive)} (Start ${ms(b.shown)})`);
  } finally {
    await close();
  }
}
console.log(`Medians, Slow 4G and ${CPU_SLOWDOWN}x CPU slowdown, ${RUNS} runs: heading visible ${ms(median(heading))}, first visit interactive ${ms(median(first))}, repeat visit interactive ${ms(median(repeat))}`);

await server.close();
return { gzip: firstVisitGzip, heading: median(heading), first: median(first), repeat: median(repeat) };
}

const results = [];
if (opts["baseline-dist"]) results.push(["before", await measure("before", opts["baseline-dist"])]);
results.push([opts["baseline-dist"] ? "after" : "this build", await measure(opts["baseline-dist"] ? "after" : "this build", opts.dist)]);
console.log("");
console.log(`Summary (Slow 4G, ${CPU_SLOWDOWN}x CPU slowdown, medians of ${RUNS} runs)`);
console.log(`${"build".padEnd(12)} ${"first visit gzip".padStart(17)} ${"heading visible".padStart(16)} ${"interactive".padStart(12)} ${"repeat".padStart(8)}`);
for (const [label, r] of results) {
  console.log(`${label.padEnd(12)} ${n(r.gzip).padStart(17)} ${ms(r.heading).padStart(16)} ${ms(r.first).padStart(12)} ${ms(r.repeat).padStart(8)}`);
}
console.log("");

// 3. Assessing a 100-item record in wasm.
if (opts["bench-dist"]) {
  const benchServer = await serve(await load(resolve(opts["bench-dist"])));
  const { context, close } = await browser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(benchServer.url);
    await page.getByRole("button", { name: /^Start/ }).waitFor({ timeout: 60_000 });
    const timeIt = () =>
      page.evaluate(async () => {
        const app = await import(document.querySelector('meta[name="app-wasm"]').dataset.js);
        app.bench_assess(100, 5); // warm up
        return Array.from(app.bench_assess(100, 51)); // 51 samples, each the mean of 20 assessments
      });
    const plain = median(await timeIt());
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const slow = median(await timeIt());
    console.log(`Median time to assess a 100-item record in wasm (51 samples of 20): ${plain.toFixed(2)} ms; with the ${CPU_SLOWDOWN}x CPU slowdown ${slow.toFixed(2)} ms`);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    // 4. Each record shape at 10 / 100 / 1,000 / 5,000 convictions (median of 5 assessments).
    const rows = await page.evaluate(async () => {
      const app = await import(document.querySelector('meta[name="app-wasm"]').dataset.js);
      const out = [];
      app.bench_shape_names().forEach((name, i) => {
        for (const n of [10, 100, 1000, 5000]) out.push([name, n, app.bench_shape(i, n, 5)]);
      });
      return out;
    });
    console.log("Time to assess each record shape in wasm, no CPU slowdown (median of 5):");
    console.log("record                      disposals   median_ms");
    for (const [name, n, t] of rows) console.log(`${name.padEnd(26)}  ${String(n).padStart(9)}  ${t.toFixed(2).padStart(10)}`);
  } finally {
    await close();
    await benchServer.close();
  }
}
