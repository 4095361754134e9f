// Trunk's minifier fails on boot.js ("ExpectedNotFound"), so it is copied as written. Its comment
// lines are for readers of the source: the copy people download leaves them out (about 500 bytes
// gzip of a first visit). Only whole-line comments go: a "//" inside a line may be in a string.
// Trunk has already written the file's integrity (SRI) into index.html, so that is updated too.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("boot-comments.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
const sri = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
const indexPath = join(staging, "index.html");
let index = await readFile(indexPath, "utf8");
for (const name of await readdir(staging)) {
  if (!/^boot(-[0-9a-f]+)?\.js$/.test(name)) continue;
  const path = join(staging, name);
  const text = await readFile(path, "utf8");
  const kept = text
    .split("\n")
    .filter((line) => !/^\s*\/\//.test(line) && line.trim() !== "")
    .join("\n") + "\n";
  if (!index.includes(sri(text))) {
    console.error(`boot-comments.mjs: index.html does not carry ${name}'s integrity; left as it is`);
    continue;
  }
  index = index.replace(sri(text), sri(kept));
  await writeFile(path, kept);
  console.log(`boot-comments.mjs: ${name} ${text.length} -> ${kept.length} bytes`);
}
await writeFile(indexPath, index);
