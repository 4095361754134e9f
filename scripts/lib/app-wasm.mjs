// Trunk post_build step (run by post-build.mjs, before precache.mjs): builds the app's
// WebAssembly as two modules and puts them in the staged build.
//
// Why not Trunk's own rust pipeline: the results pages (both engines, "What you can do") are
// not needed for the first page, so they are a second module (a `wasm_split` point under
// `--cfg wasm_split`, src/ui/results_module.rs), fetched once the app has started. Splitting has to
// happen between the link step and wasm-bindgen, where Trunk has no hook:
//   1. cargo build, linked with --emit-relocs (the splitter needs the relocations);
//   2. wasm-split-cli (crate wasm_split_cli_support, pinned in ensure-tools.sh) writes the main
//      module, the results module and __wasm_split.js, which loads the second into the first's
//      memory and function table;
//   3. wasm-bindgen on the main module (keeping the exports the second one imports);
//   4. wasm-opt -Oz on each module (release builds);
//   5. every file named with one hash of all their contents (the files name each other, so one
//      hash for the set), written to the staged build, and index.html pointed at them.
// The tool versions are checked against Cargo.lock and package.json, so a mismatch fails here
// rather than giving a blank page. Nothing is downloaded: cargo runs --offline --locked.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const release = process.env.TRUNK_PROFILE === "release";
if (!staging) {
  console.error("app-wasm.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(2);
}
const NAME = "ni-record-check";
// Cargo features for this build only: scripts/bench sets APP_FEATURES=bench.
const features = process.env.APP_FEATURES ? ["--features", process.env.APP_FEATURES] : [];
// Extra flags for the app's build only (the browser tests build without them, unsplit).
const SPLIT_FLAGS = ["--cfg", "wasm_split", "-Clink-args=--emit-relocs"];

function run(command, args, options = {}) {
  console.log(`app-wasm.mjs: ${command} ${args.join(" ")}`);
  return execFileSync(command, args, { cwd: source, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", ...options });
}

function checkVersions() {
  const lock = execFileSync("awk", ['/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }', "Cargo.lock"], { cwd: source, encoding: "utf8" }).trim();
  const bindgen = run("wasm-bindgen", ["--version"]).trim();
  if (bindgen !== `wasm-bindgen ${lock}`) throw new Error(`${bindgen} on PATH, but Cargo.lock has wasm-bindgen ${lock}`);
  const binaryen = JSON.parse(readFileSync(join(source, "package.json"), "utf8")).devDependencies.binaryen;
  const opt = run("wasm-opt", ["--version"]).trim();
  if (!opt.includes(`version ${binaryen.split(".")[0]}`)) throw new Error(`${opt} on PATH, but package.json pins binaryen ${binaryen}`);
}

checkVersions();
// --config arrays are added to .cargo/config.toml's rustflags, not put in their place.
const flags = `target.wasm32-unknown-unknown.rustflags=${JSON.stringify(SPLIT_FLAGS)}`;
run("cargo", ["build", "--locked", "--offline", ...(release ? ["--release"] : []), "--target", "wasm32-unknown-unknown", "--bin", NAME, ...features, "--config", flags], { stdio: ["ignore", "inherit", "inherit"] });
// cargo's CARGO_TARGET_DIR, when set, is where the build lands.
const targetDir = process.env.CARGO_TARGET_DIR || join(source, "target");
const linked = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${NAME}.wasm`);

const work = await mkdtemp(join(tmpdir(), "app-wasm-"));
try {
  run("wasm-split-cli", ["--target", "web", "--out-name", NAME, linked, work]);
  run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-typescript", "--out-dir", join(work, "bg"), "--out-name", NAME, join(work, `${NAME}.wasm`)]);

  // name in the tools' output -> its contents
  const files = new Map();
  files.set(`${NAME}.js`, await readFile(join(work, "bg", `${NAME}.js`), "utf8"));
  // wasm-split-cli lists the shared exports in hash-map order: sort them, so the same source
  // gives the same files and names.
  // A module's fetch starts while the code it shares with another (a chunk) is still loading:
  // mark it handled at once, so a failed fetch is not also an unhandled rejection in the page
  // (the load itself still fails, and the app says so).
  const loader = (await readFile(join(work, "__wasm_split.js"), "utf8"))
    .replace(/\{ ((?:[\w$]+, )+)\s*\}/g, (_, list) => `{ ${list.split(", ").filter(Boolean).sort().join(", ")}, }`)
    .replace(/(const src = fetch\([^;]*\);)/g, "$1 src.catch(() => {});");
  if (!loader.includes("src.catch(() => {});")) throw new Error("__wasm_split.js: no module fetch found to mark handled");
  files.set("__wasm_split.js", loader);
  const modules = [[`${NAME}_bg.wasm`, join(work, "bg", `${NAME}_bg.wasm`)]];
  // split_*.wasm: one per split point; chunk_*.wasm: code two split points share.
  for (const f of (await readdir(work)).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).sort()) {
    modules.push([f, join(work, f)]);
  }
  if (modules.length < 2) throw new Error("wasm-split-cli wrote no second module: is src/ui/results_module.rs still a wasm_split point?");
  for (const [name, path] of modules) {
    if (release) {
      const out = `${path}.opt`;
      run("wasm-opt", ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--strip-debug", "--strip-producers", path, "-o", out]);
      files.set(name, await readFile(out));
    } else {
      files.set(name, await readFile(path));
    }
  }

  const hash = createHash("sha256");
  for (const [name, body] of files) hash.update(name).update(body);
  const id = hash.digest("hex").slice(0, 16);
  const hashed = (name) => name.replace(/(_bg)?\.(js|wasm)$/, (ext) => `-${id}${ext}`);
  // The two scripts import each other and fetch the modules: point those at the hashed
  // files. (Only imports and fetches: the wasm's own import names, the keys of the glue's
  // import object, stay as they are.)
  const point = (text, where) => {
    for (const name of files.keys()) {
      text = text.replace(new RegExp(`(${where})(["']?)\\./${name.replace(/[.]/g, "\\.")}\\2`, "g"), `$1$2./${hashed(name)}$2`);
    }
    return text;
  };
  const inScript = "from |new URL\\(";
  for (const [name, body] of files) {
    await writeFile(join(staging, hashed(name)), typeof body === "string" ? point(body, inScript) : body);
  }
  const index = join(staging, "index.html");
  const html = await readFile(index, "utf8");
  // The <link data-trunk rel="rust" data-trunk-skip> that stops Trunk building the Rust itself.
  const pointed = point(html, "=").replace(/<link [^>]*data-trunk-skip[^>]*>/, "");
  for (const name of [`${NAME}.js`, `${NAME}_bg.wasm`, "__wasm_split.js"]) {
    if (!pointed.includes(`./${hashed(name)}`)) throw new Error(`index.html does not name ./${name}`);
  }
  await writeFile(index, pointed);
  console.log(`app-wasm.mjs: wrote ${[...files.keys()].map(hashed).join(", ")}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
