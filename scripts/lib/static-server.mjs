// A small static file server for dist/ (no dependencies). Used by ./scripts/serve and the e2e tests.
//
//   node scripts/lib/static-server.mjs [--root dist] [--host 127.0.0.1] [--port 8080] [--base /]
//
// `--base /some/path/` serves the files under that sub-path (to check that dist/ works there).
// Port 0 picks a free port. Only GET and HEAD; no directory listings; nothing outside root.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};

/**
 * Starts serving `root`. Resolves to { server, url, close() } once listening;
 * `url` ends with the base path and a slash. `hold(path)`, if given, is awaited before a
 * file is sent (tests use it to hold back the WebAssembly in browsers they cannot intercept).
 */
export async function startServer({ root = "dist", host = "127.0.0.1", port = 0, base = "/", hold } = {}) {
  const rootDir = resolve(root);
  const prefix = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

  const server = createServer(async (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(req.method === "HEAD" ? undefined : text);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method not allowed\n");

    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "Bad request\n");
    }
    if (`${path}/` === prefix) {
      res.writeHead(301, { Location: prefix });
      return res.end();
    }
    if (!path.startsWith(prefix)) return send(404, "Not found\n");
    if (hold) await hold(path);

    let file = join(rootDir, path.slice(prefix.length));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(404, "Not found\n");
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      res.writeHead(200, {
        "Content-Type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": info.size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      });
      if (req.method === "HEAD") return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, "Not found\n");
    }
  });

  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const { port: actual } = server.address();
  let stopped;
  return {
    server,
    url: `http://${host}:${actual}${prefix}`,
    close: () => new Promise((ok) => server.close(ok)),
    /** Stops at once, open connections too, so nothing answers at the address; again does nothing. */
    stop() {
      if (!stopped) {
        server.closeAllConnections();
        stopped = new Promise((ok) => server.close(ok));
      }
      return stopped;
    },
  };
}

// Command-line use.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const opts = {};
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i].replace(/^--/, "");
    if (!["root", "host", "port", "base"].includes(key) || args[i + 1] === undefined) {
      console.error(`usage: static-server.mjs [--root DIR] [--host ADDR] [--port N] [--base /PATH/]`);
      process.exit(2);
    }
    opts[key] = key === "port" ? Number(args[i + 1]) : args[i + 1];
  }
  const { url, close } = await startServer(opts);
  console.log(`Serving ${resolve(opts.root ?? "dist")} at ${url}  (Ctrl-C to stop)`);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => close().then(() => process.exit(0)));
  }
}
