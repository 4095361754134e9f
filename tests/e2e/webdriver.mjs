// The app's promises in WebKit and Firefox: Debian's WebKitGTK MiniBrowser (driven by its
// WebKitWebDriver, in an Xvfb screen of our own) and Debian's Firefox ESR (driven by geckodriver,
// headless), both through W3C WebDriver with selenium-webdriver. Playwright drives only its own
// patched builds of these engines, not the ones people's browsers are made from.
//
// `page` is a small Playwright-shaped wrapper (locator, getByRole, waitForFunction, keyboard,
// evaluate), so the journeys of tests/e2e/journey.mjs run unchanged in every engine; each
// action is a real WebDriver action (a click is a click on the element, typing is key presses).
//
// What each engine's driver cannot give, and what is done instead:
// - requests: neither driver shows the page's requests, so the browser is told to send every
//   request for another host through a recording proxy (tests/e2e/off-origin-proxy.mjs) that
//   answers none of them;
// - console: WebKitWebDriver keeps no console log and speaks no BiDi, so a recorder is put into
//   each page as soon as it has loaded (errors, warnings, unhandled rejections and
//   Content-Security-Policy violations from then on); in Firefox, BiDi's log also catches what
//   happens while the page loads.
import { spawn } from "node:child_process";
import { Builder, By, Key } from "selenium-webdriver";
import { startServer } from "../../scripts/lib/static-server.mjs";
import { DIST, freePort } from "./harness.mjs";
import { startProxy } from "./off-origin-proxy.mjs";

const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

/** The engines this layer runs in, beside Chromium (which the Playwright tests drive). */
export const ENGINES = {
  webkit: {
    name: "WebKit",
    driver: ([port]) => ["WebKitWebDriver", [`--port=${port}`]],
    needsScreen: true,
    ownHosts: [],
    // Back from `get` at the load event. With "eager", WebKitWebDriver's next script waited out
    // the page-load timeout in 5 of 12 fresh sessions, though the page had loaded. So here the
    // recorder starts at load: an error before it shows only as an app that never gets ready.
    pageLoadStrategy: "normal",
    capabilities: () => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    }),
  },
  firefox: {
    name: "Firefox",
    // BiDi's port too: by default 9222, where a Firefox left over from a killed run answers 404.
    driver: ([port, bidiPort]) => ["geckodriver", [`--port=${port}`, `--websocket-port=${bidiPort}`, "--host=127.0.0.1", "--log=error"]],
    needsScreen: false,
    // Back from `get` at DOMContentLoaded, so the recorder is in before the WebAssembly starts
    // (BiDi's log hears the page from its start anyway).
    pageLoadStrategy: "eager",
    // Firefox's Remote Settings service, which it asks by itself with no page open and which
    // no preference turned off (the test "… asks only its own hosts by itself" shows it).
    ownHosts: ["firefox.settings.services.mozilla.com"],
    capabilities: () => ({
      browserName: "firefox",
      webSocketUrl: true,
      "moz:firefoxOptions": {
        binary: FIREFOX,
        args: ["-headless", "-width=1280", "-height=1024"],
        // Firefox's own traffic (updates, studies, safe browsing, captive portal checks) would
        // reach the proxy and be taken for the app's.
        prefs: {
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
          "browser.safebrowsing.malware.enabled": false,
          "browser.safebrowsing.phishing.enabled": false,
          "browser.safebrowsing.downloads.enabled": false,
          "browser.safebrowsing.blockedURIs.enabled": false,
          "app.update.enabled": false,
          "app.normandy.enabled": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "toolkit.telemetry.enabled": false,
          "browser.newtabpage.enabled": false,
          "extensions.getAddons.cache.enabled": false,
          "network.dns.disablePrefetch": true,
          "network.prefetch-next": false,
          "network.http.speculative-parallel-limit": 0,
          "browser.region.network.url": "",
          "browser.topsites.contile.enabled": false,
          "identity.fxaccounts.enabled": false,
          "network.trr.mode": 5,
          "services.settings.server": "data:,#remote-settings-dummy/v1",
          "dom.push.connection.enabled": false,
          // Scrollbars over the page, as on a phone (a desktop scrollbar takes 12 px of a 320 px frame).
          "ui.useOverlayScrollbars": 1,
        },
      },
    }),
  },
};

/** An X screen for WebKit (MiniBrowser has no headless mode): DISPLAY if set, else an Xvfb of our own. */
async function screen() {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop() {} };
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let err = "";
  xvfb.stderr.on("data", (d) => (err += d));
  const number = await new Promise((ok, fail) => {
    let out = "";
    xvfb.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) ok(out.trim());
    });
    xvfb.once("exit", (code) => fail(new Error(`Xvfb exited (${code}): ${err}`)));
  });
  return { display: `:${number}`, stop: () => xvfb.kill() };
}

/** `promise`, or a failure naming `what` if it has not settled within `ms`. */
function within(ms, promise, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Starts the engine's driver on a free port; resolves once it answers. */
async function startDriver(engine, env) {
  const port = await freePort();
  const [cmd, args] = engine.driver([port, await freePort()]);
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited (${child.exitCode}): ${out}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return { url, child, output: () => out };
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  child.kill();
  throw new Error(`${cmd} did not start: ${out}`);
}

/** Starts one engine's driver (and a screen if it needs one). Call `open()` for each fresh browser. */
export async function startEngine(key) {
  const engine = ENGINES[key];
  const display = engine.needsScreen ? await screen() : null;
  const env = display ? { ...process.env, DISPLAY: display.display } : process.env;
  let driver;
  try {
    driver = await startDriver(engine, env);
  } catch (error) {
    display?.stop();
    throw error;
  }
  // A new browser; if none comes within a minute, a new driver and one more try. (Seen once in
  // WebKit, in a full run: MiniBrowser gone at launch and WebKitWebDriver waiting for it for ever.)
  const newBrowser = async (capabilities) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const build = new Builder().usingServer(driver.url).withCapabilities(capabilities).build();
        return await within(60_000, build, `a new ${engine.name} browser`);
      } catch (error) {
        if (attempt === 2) throw error;
        console.warn(`# ${error.message}; starting ${engine.name}'s driver again`);
        driver.child.kill();
        driver = await startDriver(engine, env);
      }
    }
  };
  return {
    engine,
    /** Serves dist/ under `base` and opens a new browser (a fresh profile) on it. See `openSession`. */
    open: (options) => openSession(engine, newBrowser, options),
    async stop() {
      driver.child.kill();
      display?.stop();
    },
  };
}

/**
 * Serves `root` under `base` on 127.0.0.1 and opens a fresh browser whose requests for any
 * other host go to the recording proxy. `hold(path)` is the server's (see static-server.mjs).
 * Returns { url, page, driver, log, offOrigin(), problems(), stopServer(), close() }.
 */
async function openSession(engine, newBrowser, { base = "/charity/record-check/", root = DIST, hold } = {}) {
  const server = await startServer({ root, host: "127.0.0.1", port: 0, base, hold });
  const proxy = await startProxy();
  let driver;
  try {
    const capabilities = {
      ...engine.capabilities(),
      pageLoadStrategy: engine.pageLoadStrategy,
      // A page that never loads fails in 30 s, not the default 300.
      timeouts: { pageLoad: 30_000 },
      proxy: { proxyType: "manual", httpProxy: proxy.address, sslProxy: proxy.address, noProxy: ["127.0.0.1"] },
    };
    driver = await newBrowser(capabilities);
    await driver.manage().window().setRect({ width: 1280, height: 1024 }).catch(() => {});
  } catch (error) {
    await server.close();
    await proxy.close();
    throw error;
  }
  const log = { problems: [] };
  if (capabilitiesSay(await driver.getCapabilities(), "webSocketUrl")) await listenToBidiLog(driver, log);
  const page = new Page(driver, log);
  return {
    url: server.url,
    page,
    driver,
    log,
    /** Requests for any host but 127.0.0.1 (an absolute URL, or CONNECT host:port), but the engine's own. */
    offOrigin: () => proxy.requests.filter((r) => !engine.ownHosts.some((host) => r.startsWith(`CONNECT ${host}:`))),
    /** Every request the proxy heard, the engine's own included. */
    proxied: () => [...proxy.requests],
    /** Errors and warnings the pages reported (the recorder's, and BiDi's where there is one). */
    problems: async () => {
      await page.collect();
      return [...log.problems];
    },
    stopServer: () => server.stop(),
    async close() {
      await within(30_000, driver.quit(), `closing ${engine.name}`).catch(() => {});
      await server.stop();
      await proxy.close();
    },
  };
}

function capabilitiesSay(capabilities, name) {
  return Boolean(capabilities.get(name));
}

/** Firefox: BiDi's log events, from the very start of every page (the recorder starts later). */
async function listenToBidiLog(driver, log) {
  const { default: logInspector } = await import("selenium-webdriver/bidi/logInspector.js");
  const inspector = await logInspector(driver);
  await inspector.onConsoleEntry((entry) => {
    if (entry.level === "error" || entry.level === "warn") log.problems.push(`console ${entry.level}: ${entry.text}`);
  });
  await inspector.onJavascriptException((entry) => log.problems.push(`exception: ${entry.text}`));
}

// Runs in the page: from now on, keeps every error, warning, unhandled rejection and
// Content-Security-Policy violation in window.__e2eProblems (read and cleared by `collect`).
const RECORDER = `
  if (!window.__e2eProblems) {
    const kept = (window.__e2eProblems = []);
    addEventListener("error", (e) => kept.push("error: " + e.message));
    addEventListener("unhandledrejection", (e) => kept.push("unhandled rejection: " + e.reason));
    addEventListener("securitypolicyviolation", (e) => kept.push("csp: " + e.violatedDirective + " " + e.blockedURI));
    for (const level of ["error", "warn"]) {
      const original = console[level];
      console[level] = function (...args) {
        kept.push("console " + level + ": " + args.join(" "));
        return original.apply(this, args);
      };
    }
  }`;

// Runs in the page: \`find(query, document)\` gives the elements a locator's query names.
const FINDER = `
  const roles = {
    button: "button, input[type=submit], input[type=button], [role=button]",
    option: "[role=option]",
    link: "a[href], [role=link]",
    status: "[role=status], output",
    radio: "input[type=radio], [role=radio]",
    checkbox: "input[type=checkbox], [role=checkbox]",
    heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
  };
  const squash = (s) => (s ?? "").replace(/\\s+/g, " ").trim();
  const nameOf = (el) =>
    squash(el.getAttribute("aria-label") ||
      (el.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ") ||
      (el.labels && el.labels.length ? [...el.labels].map((l) => l.textContent).join(" ") : "") ||
      el.textContent || el.value);
  const matches = (text, want) =>
    want.regex ? new RegExp(want.regex, want.flags).test(text)
      : want.exact ? text === want.text : text.toLowerCase().includes(want.text.toLowerCase());
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const find = (q, scope) => {
    let els = [...scope.querySelectorAll(q.css ?? roles[q.role])];
    if (q.role && q.role !== "status") els = els.filter((el) => visible(el) && el.getAttribute("aria-hidden") !== "true");
    if (q.name) els = els.filter((el) => matches(nameOf(el), q.name));
    if (q.hasText) els = els.filter((el) => matches(squash(el.textContent), q.hasText));
    if (q.has) els = els.filter((el) => find(q.has, el).length > 0);
    if (q.visible) els = els.filter(visible);
    return q.nth === undefined ? els : els.slice(q.nth, q.nth + 1);
  };`;
const FIND = `${FINDER} return find(arguments[0], document);`;
// The matches' texts, read in the page (WebKitWebDriver cannot send an array of elements back in).
const FIND_TEXTS = `${FINDER} return find(arguments[0], document).map((e) => e.innerText);`;

/** A text or RegExp to match, in a form that can be sent to the page. */
function want(value, exact = false) {
  if (value === undefined) return undefined;
  return value instanceof RegExp ? { regex: value.source, flags: value.flags } : { text: String(value), exact };
}

class Locator {
  constructor(page, query) {
    this.page = page;
    this.query = query;
  }
  first() {
    return new Locator(this.page, { ...this.query, nth: 0 });
  }
  nth(n) {
    return new Locator(this.page, { ...this.query, nth: n });
  }
  filter({ hasText }) {
    return new Locator(this.page, { ...this.query, hasText: want(hasText) });
  }
  async elements(extra = {}) {
    return this.page.driver.executeScript(FIND, { ...this.query, ...extra });
  }
  async count() {
    return (await this.elements()).length;
  }
  /** Waits for a visible match (or, with state "attached", any match). */
  async waitFor({ timeout = 10_000, state = "visible" } = {}) {
    const extra = state === "visible" ? { visible: true } : {};
    await this.page.until(async () => (await this.elements(extra)).length > 0, timeout, `waiting for ${JSON.stringify(this.query)}`);
  }
  async element(extra = {}) {
    await this.waitFor({ state: extra.visible ? "visible" : "attached" });
    const [el] = await this.elements(extra);
    return el;
  }
  /**
   * Finds the element and runs `act(el)`, finding it again if the page replaced it in between,
   * as Playwright's locators do: the app replaces the start page's server-drawn HTML when it
   * starts, and a Start found just before that was gone by the click (once in Firefox).
   */
  async act(act, extra = {}) {
    for (let tries = 1; ; tries++) {
      try {
        return await act(await this.element(extra));
      } catch (error) {
        if (error.name !== "StaleElementReferenceError" || tries === 5) throw error;
      }
    }
  }
  async click() {
    await this.act((el) => el.click(), { visible: true });
  }
  async check() {
    await this.act(async (el) => {
      if (!(await el.isSelected())) await el.click();
    });
  }
  /** Replaces the field's text by typing it, as a person would. */
  async fill(text) {
    await this.act(async (el) => {
      if (await el.getAttribute("value")) await el.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
      if (text !== "") await el.sendKeys(text);
    });
  }
  async focus() {
    await this.act((el) => this.page.driver.executeScript("arguments[0].focus()", el));
  }
  async textContent() {
    return this.act((el) => this.page.driver.executeScript("return arguments[0].textContent", el));
  }
  async innerText() {
    return this.act((el) => this.page.driver.executeScript("return arguments[0].innerText", el));
  }
  async inputValue() {
    return this.act((el) => this.page.driver.executeScript("return arguments[0].value", el));
  }
  async getAttribute(name) {
    return this.act(async (el) => (await el.getAttribute(name)) ?? null);
  }
  async isVisible() {
    return (await this.elements({ visible: true })).length > 0;
  }
  async allInnerTexts() {
    return this.page.driver.executeScript(FIND_TEXTS, this.query);
  }
}

/** A Playwright-shaped page over a WebDriver session (only what the tests use). */
export class Page {
  constructor(driver, log) {
    this.driver = driver;
    this.log = log;
    this.keyboard = {
      type: (text) => this.driver.actions().sendKeys(text).perform(),
      press: (key) => this.driver.actions().sendKeys(KEYS[key] ?? key).perform(),
    };
  }
  locator(css, { hasText, has } = {}) {
    return new Locator(this, { css, hasText: want(hasText), has: has?.query });
  }
  getByRole(role, { name, exact = false } = {}) {
    return new Locator(this, { role, name: want(name, exact) });
  }
  getByText(text) {
    return new Locator(this, { css: "body *", hasText: want(text) });
  }
  /** Polls `check` until it gives a truthy value. */
  async until(check, timeout, what) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out after ${timeout} ms ${what}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  /**
   * Runs `fn(arg)` in the page (awaiting a promise it returns) and gives its result; a string is
   * run as a script, as Playwright's is.
   */
  async evaluate(fn, arg) {
    if (typeof fn === "string") return this.driver.executeScript(fn);
    return this.driver.executeScript(`return (${fn})(arguments[0])`, arg);
  }
  async waitForFunction(fn, arg, { timeout = 10_000 } = {}) {
    await this.until(() => this.evaluate(fn, arg), timeout, `for ${String(fn).slice(0, 80)}`);
  }
  /** Keeps what the recorder has heard, then opens `url` and puts the recorder in the new page. */
  async goto(url) {
    await this.collect();
    await this.driver.get(url);
    await this.record();
  }
  /** Reloads as a person does. (WebDriver's Refresh in Firefox skips the service worker, which a person's reload does not.) */
  async reload() {
    await this.collect();
    await this.driver.executeScript("window.__e2eOld = true; setTimeout(() => location.reload())");
    const reloaded = "return document.readyState !== 'loading' && !window.__e2eOld";
    await this.until(() => this.driver.executeScript(reloaded).catch(() => false), 30_000, "for the reload");
    await this.record();
  }
  async url() {
    return this.driver.getCurrentUrl();
  }
  async record() {
    // Not recording would hide the page's errors, so failing to start counts as one.
    await this.driver.executeScript(RECORDER).catch((e) => this.log.problems.push(`recorder not started: ${e.message}`));
    this.recording = true;
  }
  /**
   * Moves what the page's recorder has heard into the log. Not before the first page: a script
   * run in WebKit's first blank page makes WebKitWebDriver wait out the page-load timeout on
   * the next page's first script (seen 3 times in 12 fresh sessions).
   */
  async collect() {
    if (!this.recording) return;
    const heard = await this.driver
      .executeScript("const k = window.__e2eProblems ?? []; return k.splice(0, k.length);")
      .catch(() => []);
    this.log.problems.push(...heard);
  }
}

const KEYS = {
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Tab: Key.TAB,
  Space: Key.SPACE,
  " ": Key.SPACE,
};

export { By, Key };
