// axe-core in the page under test, shared by the e2e tests that check a page's accessibility,
// in Chromium (Playwright's page) and in WebKit and Firefox (tests/e2e/webdriver.mjs's page).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** axe's serious and critical violations on the whole page, as "rule (impact): target — help". */
export async function axeProblems(page) {
  // evaluate() runs outside the page's Content-Security-Policy, so axe is added without loosening it.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document));
  assert.ok(result.passes.length > 0, "axe ran its checks");
  if (process.env.AXE_VERBOSE) console.log(result.violations.map((v) => `${v.id} (${v.impact}) x${v.nodes.length}`));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${v.help}`));
}
