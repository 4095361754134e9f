// Runs Debian's nginx for a test, with the repository's hosting/nginx/ include: one process
// (no daemon, no master), on 127.0.0.1 and a free port, its configuration, pid, logs and
// temporary files in a temporary folder that stop() removes. scripts/test installs nginx and
// the brotli module (ensure_system_packages in scripts/lib/ensure-tools.sh).
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./harness.mjs";

export const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
export const BROTLI_MODULE = process.env.NGINX_BROTLI_MODULE ?? "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";
/** The repository's nginx files; the site includes them as record-check/ in nginx's folder. */
export const HOSTING = new URL("../../hosting/nginx/", import.meta.url).pathname;

/** The main configuration: the site file a host writes, around the repository's include. */
function mainConf({ dir, port, root, base, frameAncestors }) {
  const quote = (s) => {
    if (/["\\$\n]/.test(s)) throw new Error(`cannot put ${s} in nginx's configuration`);
    return `"${s}"`;
  };
  return `# Written by tests/e2e/nginx.mjs.
daemon off;
master_process off;
pid ${quote(join(dir, "nginx.pid"))};
error_log ${quote(join(dir, "error.log"))} warn;
load_module ${quote(BROTLI_MODULE)};
events { worker_connections 64; }
http {
  access_log ${quote(join(dir, "access.log"))};
  client_body_temp_path ${quote(join(dir, "temp/body"))};
  proxy_temp_path ${quote(join(dir, "temp/proxy"))};
  fastcgi_temp_path ${quote(join(dir, "temp/fastcgi"))};
  uwsgi_temp_path ${quote(join(dir, "temp/uwsgi"))};
  scgi_temp_path ${quote(join(dir, "temp/scgi"))};
  server {
    listen 127.0.0.1:${port};
    server_name 127.0.0.1;
    root ${quote(join(dir, "empty"))};
    # The one thing the site chooses: which sites may show the app in a frame.
    set $record_check_frame_ancestors ${quote(frameAncestors)};
    location ${base} {
      alias ${quote(root.replace(/\/?$/, "/"))};
      include record-check/record-check.conf;
    }
  }
}
`;
}

/** GET `url` with `headers`; resolves { status, headers, body (Buffer) }, the body as sent. */
export function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end();
  });
}

/**
 * Starts nginx serving `root` under `base` ("/record-check/") with `frameAncestors` as the
 * site's frame-ancestors. Returns { origin, url, dir, accessLog(), stop() }.
 */
export async function startNginx({ root, base, frameAncestors }) {
  if (!/^\/([\w-]+\/)*$/.test(base)) throw new Error(`base must be a path ending in /: ${base}`);
  const dir = await mkdtemp(join(tmpdir(), "ni-e2e-nginx-"));
  try {
    await symlink(HOSTING, join(dir, "record-check"));
    await mkdir(join(dir, "temp"));
    await mkdir(join(dir, "empty"));
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      await writeFile(join(dir, "nginx.conf"), mainConf({ dir, port, root, base, frameAncestors }));
      const child = spawn(NGINX, ["-p", `${dir}/`, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      const exited = new Promise((ok) => child.once("exit", (code, signal) => ok({ code, signal })));
      child.once("error", (error) => (stderr += String(error)));
      const origin = `http://127.0.0.1:${port}`;
      const up = await waitUntilUp(origin, exited);
      if (up) {
        // If the test process dies before stop(), nginx goes with it.
        const killOnExit = () => child.kill("SIGKILL");
        process.once("exit", killOnExit);
        return {
          origin,
          url: `${origin}${base}`,
          dir,
          accessLog: () => readFile(join(dir, "access.log"), "utf8"),
          async stop() {
            process.removeListener("exit", killOnExit);
            if (child.exitCode === null && child.signalCode === null) {
              child.kill("SIGTERM");
              const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
              await exited;
              clearTimeout(timer);
            }
            await rm(dir, { recursive: true, force: true });
          },
        };
      }
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
      const log = await readFile(join(dir, "error.log"), "utf8").catch(() => "");
      if (attempt < 3 && /Address already in use/.test(stderr + log)) continue;
      throw new Error(`nginx did not start:\n${stderr}\n${log}`);
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** True once `origin` answers; false if nginx exits first or nothing answers in 10 s. */
async function waitUntilUp(origin, exited) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + 10_000;
  while (!gone && Date.now() < deadline) {
    try {
      await get(`${origin}/`);
      return true;
    } catch {
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  return false;
}
