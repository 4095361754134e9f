// Trunk post_build hook (Trunk.toml [[hooks]]): writes this build's service worker.
//
// Points the static pages at the hashed stylesheet. Reads the template public/sw.js, fills in the list of every file Trunk staged for dist/
// (index.html as "./", the hashed .js, .wasm and .css, boot.js, the manifest, the icons) and a
// version made from the files' names and contents, and writes it as sw.js at the root of the
// build, where its scope covers the whole app. The template's copy in public/ is removed, so
// dist/ holds one service worker only. No dependencies; Node 20+.
//
// Trunk sets TRUNK_STAGING_DIR (the build being assembled) and TRUNK_SOURCE_DIR.
import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error("precache.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(2);
}

const TEMPLATE = join(source, "public", "sw.js");
await rm(join(staging, "public", "sw.js"), { force: true });

/** Every file under dir, as URL paths relative to it ("public/icons/icon.svg"), sorted. */
async function files(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join("/"))
    .filter((path) => path !== "sw.js" && !path.startsWith("."))
    .sort();
}

const paths = await files(staging);

// The static pages in public/ (accessibility statement, privacy notice) link "../main.css";
// point them at this build's hashed stylesheet, so there is one stylesheet, cached once.
const css = paths.filter((p) => /^main-[0-9a-f]+\.css$/.test(p));
if (css.length !== 1) {
  console.error(`precache.mjs: expected one hashed main-*.css, found ${css.join(" ") || "none"}`);
  process.exit(1);
}
for (const page of paths.filter((p) => p.startsWith("public/") && p.endsWith(".html"))) {
  const file = join(staging, page);
  const html = await readFile(file, "utf8");
  // Also a page this hook has already pointed (a build's hook run again, as a redeploy test does).
  const link = /href="\.\.\/main(-[0-9a-f]+)?\.css"/;
  if (!link.test(html)) {
    console.error(`precache.mjs: ${page} does not link ../main.css`);
    process.exit(1);
  }
  await writeFile(file, html.replace(link, `href="../${css[0]}"`));
}
if (!paths.includes("index.html") || !paths.some((p) => p.endsWith(".webmanifest"))) {
  console.error(`precache.mjs: index.html or the manifest is missing from the build: ${paths.join(" ")}`);
  process.exit(1);
}
const version = createHash("sha256");
for (const path of paths) {
  version.update(`${path}\0`);
  version.update(createHash("sha256").update(await readFile(join(staging, path))).digest("hex"));
}
// The PNG icons are for adding the app to a home screen, which fetches them then; the app never
// needs them offline, and they would be 14 KB of every first visit.
const forInstallingOnly = (p) => /^public\/icons\/.+\.png$/.test(p);
// Quick entry's module is fetched only when a person chooses quick entry (most never do), so a
// first visit does not carry it: the service worker keeps it when it is first fetched.
const onFirstUse = (p) => /^split_quick_module-[0-9a-f]{16}\.wasm$/.test(p);
if (!paths.some(onFirstUse)) {
  console.error(`precache.mjs: no split_quick_module-*.wasm in the build: ${paths.join(" ")}`);
  process.exit(1);
}
const url = (p) => (p === "index.html" ? "./" : `./${p}`);
const urls = paths.filter((p) => !forInstallingOnly(p) && !onFirstUse(p)).map(url);
const later = paths.filter(onFirstUse).map(url);

const template = await readFile(TEMPLATE, "utf8");
const filled = template
  .replace("/* PRECACHE_FILES */ []", `/* PRECACHE_FILES */ ${JSON.stringify(urls, null, 2)}`)
  .replace("/* CACHE_ON_FIRST_USE */ []", `/* CACHE_ON_FIRST_USE */ ${JSON.stringify(later)}`)
  .replace('/* PRECACHE_VERSION */ "unbuilt"', `/* PRECACHE_VERSION */ ${JSON.stringify(version.digest("hex").slice(0, 16))}`);
if (filled.includes('"unbuilt"') || filled.includes("/* PRECACHE_FILES */ []") || filled.includes("/* CACHE_ON_FIRST_USE */ []")) {
  console.error("precache.mjs: the placeholders in public/sw.js were not found");
  process.exit(1);
}
await writeFile(join(staging, "sw.js"), filled);
console.log(`precache.mjs: sw.js precaches ${urls.length} files`);
