// Shared e2e set-up: serve the release dist/ on 127.0.0.1 and drive Debian's Chromium with
// playwright-core. Every test gets a fresh browser profile, and the page's console messages,
// page errors and requests are recorded so tests can assert there are none unexpected.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/lib/static-server.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A TCP port free on 127.0.0.1 just now (for a server the test starts: nginx, a WebDriver). */
export async function freePort() {
  const probe = createServer();
  await new Promise((ok, fail) => probe.once("error", fail).listen(0, "127.0.0.1", ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** The build the tests serve: DIST_DIR lets parallel work serve its own; the test command uses dist/. */
export const DIST = process.env.DIST_DIR ?? join(ROOT, "dist");

/**
 * Serves `root` under `base` on 127.0.0.1 and opens Chromium with a fresh profile
 * (`setUpProfile(folder)`, if given, may write to it first, e.g. the browser's settings).
 * Returns { server, context, profile }; cleans up itself if the browser fails to start.
 */
export async function serveAndLaunch({ base, root = DIST, contextOptions = {}, profilePrefix = "ni-e2e-profile-", setUpProfile }) {
  const server = await startServer({ root, host: "127.0.0.1", port: 0, base });
  const profile = await mkdtemp(join(tmpdir(), profilePrefix));
  try {
    await setUpProfile?.(profile);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      ...contextOptions,
    });
    return { server, context, profile };
  } catch (error) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Serves dist/ (under `base`, default a sub-path to prove relative URLs work) and opens a
 * fresh Chromium. Returns { url, context, page, log, close }. `log` collects
 * { console: [{type, text}], pageErrors: [message], requests: [url] }.
 */
export async function openApp({ base = "/some/sub/path/" } = {}) {
  const { server, context, profile } = await serveAndLaunch({ base });

  const log = { console: [], pageErrors: [], requests: [] };
  context.on("request", (request) => log.requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on("pageerror", (error) => log.pageErrors.push(String(error)));

  return {
    url: server.url,
    context,
    page,
    log,
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Console messages of type error or warning (CSP violations are reported as errors). */
export function problems(log) {
  return [
    ...log.pageErrors.map((text) => `pageerror: ${text}`),
    ...log.console.filter((m) => m.type === "error" || m.type === "warning").map((m) => `${m.type}: ${m.text}`),
  ];
}

/** Requests that left 127.0.0.1 (the app must make none). */
export function offHostRequests(log) {
  return log.requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:") return false;
    return hostname !== "127.0.0.1";
  });
}
