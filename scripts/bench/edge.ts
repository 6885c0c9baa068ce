/**
 * `npm run bench:edge`: the production server against nginx, side by side in one run, and what
 * hostile requests cost it.
 *
 * 1. Throughput: builds the real content into .next-bench-edge and serves it (scripts/serve.ts), saves
 *    the Medical Assistants page's HTML, serves that file with nginx (one worker, gzip on, like the
 *    Node server's one thread and its compression), and puts the same load on both (autocannon, 50
 *    connections, EDGE_SECONDS each, default 10); `next start` on the same build too, to show what the
 *    front door itself costs. Goal: the site at 0.3 of nginx or more.
 * 2. Cost of hostile requests: the median time of a normal profile request against a query string of
 *    7,000 repeated keys, a 2,049-character query, a TRACE, a request target `*`, an absolute-form
 *    target, a POST to a public file, an unsatisfiable Range and a garbage router-state header.
 *    Goal: none over a few times a normal request (5×) and none a 5xx.
 *
 * Needs nginx (`apt-get install -y nginx-light`); without it, part 1 says so and part 2 still runs.
 * Not a test: it prints figures and whether the goals are met.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAndServe, freePort, stopProcess, waitForServer } from "./measure";
import { loadTest, type LoadResult } from "./pages";

const seconds = Number(process.env.EDGE_SECONDS ?? 10);
const connections = 50;
const profile = "/careers/medical-assistants";
const throughputGoal = 0.3;
const costGoal = 5;

function findNginx(): string | undefined {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"]) {
    if (candidate && spawnSync(candidate, ["-v"]).status === 0) return candidate;
  }
  return undefined;
}

/** nginx serving `html` at `profile`: one worker, gzip on the fly, logs off. */
async function startNginx(binary: string, html: string): Promise<{ origin: string; process: ChildProcess; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-edge-"));
  chmodSync(dir, 0o755); // nginx's worker runs as another user when started by root
  const port = await freePort();
  mkdirSync(path.join(dir, "root", "careers"), { recursive: true });
  writeFileSync(path.join(dir, "root", "careers", "medical-assistants.html"), html);
  const config = `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  gzip on; gzip_types text/html;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/root;
    location / { default_type text/html; try_files $uri.html =404; }
  }
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), config);
  const child = spawn(binary, ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin + profile, child);
  return { origin, process: child, dir };
}

/** `next start` on the same build, without the front door, for as long as `use` runs. */
async function withNextStart<T>(use: (origin: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: ".next-bench-edge", NODE_ENV: "production", SITE_URL: origin };
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore" });
  try {
    await waitForServer(`http://127.0.0.1:${port}${profile}`, child);
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    await stopProcess(child);
  }
}

type Probe = { name: string; method?: string; target: string; headers?: Record<string, string> };

const probes: Probe[] = [
  { name: "normal profile request", target: profile },
  { name: "7,000 repeated keys (14 KB)", target: `${profile}?${"x&".repeat(7000)}` },
  { name: "7,000 repeated keys on /careers", target: `/careers?${"x&".repeat(7000)}` },
  { name: "2,049-character query", target: `${profile}?q=${"a".repeat(2047)}` },
  { name: "TRACE", method: "TRACE", target: profile },
  { name: "request target *", method: "OPTIONS", target: "*" },
  { name: "absolute-form target", target: "http://evil.example/careers/Medical-Assistants" },
  { name: "POST to a public file", method: "POST", target: "/icon.svg" },
  { name: "unsatisfiable Range", target: "/video-poster.svg", headers: { range: "bytes=999999-" } },
  { name: "garbage router state", target: "/careers", headers: { rsc: "1", "next-router-state-tree": "garbage" } },
  { name: "8 KB of headers", target: profile, headers: { "x-filler": "y".repeat(8000) } },
];

/** One raw request (the target exactly as written): its status and the time to the full answer. */
function timeRequest(origin: string, probe: Probe): Promise<{ status: number; ms: number }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = httpRequest({ hostname, port, method: probe.method ?? "GET", path: probe.target, headers: probe.headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function medianCost(origin: string, probe: Probe, runs = 15): Promise<{ status: number; ms: number }> {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await timeRequest(origin, probe));
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(runs / 2)];
}

const line = (result: LoadResult, label: string) =>
  `${label.padEnd(22)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(result.p50Ms).padStart(4)} ms  p99 ${String(result.p99Ms).padStart(4)} ms  non-2xx ${result.non2xx + result.errors}`;

mkdirSync("bench-results", { recursive: true });
const { origin, server } = await buildAndServe(".next-bench-edge", path.join("bench-results", "edge-build.log"), { NODE_ENV: "production" });
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
try {
  // Warm the page once, then take its HTML as nginx will serve it.
  const html = await (await fetch(origin + profile)).text();
  console.log(`\n1. Throughput on ${profile}: ${connections} connections, ${seconds} s each, gzip`);
  const binary = findNginx();
  if (!binary) {
    console.log("   nginx not found: install it with `apt-get install -y nginx-light` (or set NGINX_PATH) to compare.");
  } else {
    nginx = await startNginx(binary, html);
    const site = await loadTest(origin, profile, connections, seconds);
    const reference = await loadTest(nginx.origin, profile, connections, seconds);
    const bare = await withNextStart((nextOrigin) => loadTest(nextOrigin, profile, connections, seconds));
    console.log(`   ${line(site, "site (scripts/serve.ts)")}`);
    console.log(`   ${line(bare, "next start, same build")}  (the front door's own cost is the difference)`);
    console.log(`   ${line(reference, "nginx, same HTML")}`);
    const ratio = site.requestsPerSecond / reference.requestsPerSecond;
    console.log(`   ratio ${ratio.toFixed(2)} (goal ≥ ${throughputGoal}: ${ratio >= throughputGoal ? "met" : "NOT met"})`);
  }

  console.log("\n2. Cost of hostile requests (median of 15, one at a time)");
  const normal = await medianCost(origin, probes[0]);
  let worst = 0;
  let serverErrors = 0;
  for (const probe of probes) {
    const { status, ms } = probe === probes[0] ? normal : await medianCost(origin, probe);
    const times = ms / normal.ms;
    if (probe !== probes[0]) worst = Math.max(worst, times);
    if (status >= 500) serverErrors++;
    console.log(`   ${probe.name.padEnd(34)} ${String(status).padStart(3)}  ${ms.toFixed(1).padStart(7)} ms  ${times.toFixed(1).padStart(5)}×`);
  }
  console.log(`   worst ${worst.toFixed(1)}× a normal request (goal ≤ ${costGoal}×: ${worst <= costGoal ? "met" : "NOT met"}); 5xx answers: ${serverErrors} (goal 0)`);
} finally {
  if (nginx) {
    await stopProcess(nginx.process);
    rmSync(nginx.dir, { recursive: true, force: true });
  }
  await stopProcess(server);
}
