// Fills a page's localStorage up to its quota, for real, so the app's own saving is refused the
// way a full phone refuses it (QuotaExceededError), without touching the app's code.
//
// Each function runs INSIDE the page and is written to be sent to any engine: it is
// self-contained (it uses nothing outside its own body), synchronous, takes and returns plain
// JSON values, and uses only the Web Storage API. So:
// - Playwright: `await page.evaluate(fillStorage, "filler-")`;
// - Selenium WebDriver (JavaScript): `await driver.executeScript(fillStorage, "filler-")`;
// - WebDriver from any other language, or a raw `POST /session/{id}/execute/sync`, which take
//   a function body: `scriptBody(fillStorage)` gives it, and the arguments go in "args".

/**
 * Writes strings of "x" under keys `${prefix}0`, `${prefix}1`, ... , doubling their length while
 * the browser takes them and halving it once it refuses, until even one character under a new
 * key is refused. Then nothing more fits: a new key as long as those, or longer, with any value
 * is refused (the app's own key is longer). Returns { keys, chars }: the keys written and the
 * characters stored in them. Throws what the browser threw if that was not "storage is full",
 * and throws if the storage never filled (an engine without a quota).
 */
export function fillStorage(prefix) {
  const full = (e) =>
    e instanceof DOMException &&
    (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22 || e.code === 1014);
  const keys = [];
  let chars = 0;
  let size = 1;
  let growing = true;
  for (let tries = 0; size >= 1; tries++) {
    if (tries > 200) throw new Error(`localStorage took ${chars} characters and is not full`);
    const key = prefix + keys.length;
    try {
      localStorage.setItem(key, "x".repeat(size));
      keys.push(key);
      chars += size;
      if (growing) size *= 2;
    } catch (e) {
      if (!full(e)) throw e;
      growing = false;
      size = Math.floor(size / 2);
    }
  }
  return { keys: keys.length, chars };
}

/** Removes every key starting with `prefix` (what fillStorage wrote). Returns how many. */
export function freeStorage(prefix) {
  const mine = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key !== null && key.startsWith(prefix)) mine.push(key);
  }
  for (const key of mine) localStorage.removeItem(key);
  return mine.length;
}

/**
 * Whether localStorage refuses a new one-character entry because it is full (true), or takes
 * it (false; the probe is removed again). Any other refusal is thrown.
 */
export function storageIsFull(prefix) {
  const key = `${prefix}probe`;
  try {
    localStorage.setItem(key, "x");
  } catch (e) {
    if (e instanceof DOMException && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22 || e.code === 1014)) return true;
    throw e;
  }
  localStorage.removeItem(key);
  return false;
}

/**
 * One of the functions above as the body of a WebDriver script ("execute/sync", Selenium's
 * `execute_script` in Python, Java, ...), which receives its arguments as `arguments`.
 */
export function scriptBody(fn) {
  return `return (${fn.toString()}).apply(null, arguments);`;
}
