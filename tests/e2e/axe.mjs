// axe-core in the page under test, shared by the e2e tests that check a page's accessibility.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** axe's serious and critical violations on the whole page, as "rule: target". */
export async function axeProblems(page) {
  // evaluate() runs outside the page's Content-Security-Policy, so axe is added without loosening it.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document));
  assert.ok(result.passes.length > 0, "axe ran its checks");
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}
