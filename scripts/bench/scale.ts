/**
 * `npm run bench`: the site at scale. For each N (100, 400 and 832; `BENCH_SIZES=100,400` for a
 * quick run) it writes N synthetic valid profiles (scripts/bench/synthetic.ts) to a temporary content
 * folder, then measures:
 * - `content:check` (the command the npm script runs, `node scripts/run-ts.mjs scripts/content-check.ts
 *   <folder>`, without npm's own start-up): wall time, CPU time, peak memory;
 * - a cold `next build` (CONTENT_DIR on that folder, NEXT_DIST_DIR=.next-bench, telemetry off): the
 *   same, plus Next's phases and how long the profile pages and their preview images took;
 * - the production server (scripts/serve.ts) on a free loopback port: per page type, the HTML and script bytes (raw and gzip), and
 *   throughput and p50/p99 latency from autocannon (50 connections, `BENCH_DURATION` seconds each,
 *   default 10). A profile page's own script bytes are those a bare page of the same app does not load.
 * Memory is the process tree's resident memory sampled every 100 ms, and the largest single process
 * (see measure.ts). Prints a table per N, costs per profile, and the goals as met or
 * not; writes everything to bench-results/bench-<date>.json (-<sizes> added for other sizes).
 * Times need an otherwise idle machine: for each measurement the benchmark records how many cores
 * other work used meanwhile (from /proc/stat), prints it, and says when the verdicts are unreliable.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { readBuildFacts, type BuildFacts } from "./build-facts";
import { freePort, runMeasured, sampleTree, stopProcess, waitForServer, watchOtherWork, type Measured } from "./measure";
import { extraScripts, loadTest, measurePage, type PageWeight, type Script } from "./pages";
import { evaluateGoals, printGoals, printRun, printScaling, type SizeResult } from "./scale-report";
import { writeSyntheticContent } from "./synthetic";

// 832 is the whole catalog: one profile for every occupation of the national dataset.
const defaultSizes = [100, 400, 832];
const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map((size) => Number(size.trim())) : defaultSizes;
if (sizes.some((size) => !Number.isInteger(size) || size < 3)) {
  console.error(`BENCH_SIZES must be whole numbers of at least 3, separated by commas (got "${process.env.BENCH_SIZES}").`);
  process.exit(1);
}
const seconds = Number(process.env.BENCH_DURATION ?? 10);
if (!(seconds > 0)) {
  console.error(`BENCH_DURATION must be a number of seconds above 0 (got "${process.env.BENCH_DURATION}").`);
  process.exit(1);
}
const connections = 50;
const distDir = ".next-bench";
const bin = (name: string) => path.resolve("node_modules/.bin", name);
const started = performance.now();

function log(message: string) {
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

function mustSucceed(what: string, run: Measured): Measured {
  if (run.exitCode !== 0) {
    console.error(run.output.slice(-8000));
    throw new Error(`${what} failed with exit code ${run.exitCode}`);
  }
  return run;
}

async function serveAndMeasure(env: NodeJS.ProcessEnv, slugs: string[]) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(bin("tsx"), ["scripts/serve.ts", "--hostname", "127.0.0.1", "--port", String(port)], { env, stdio: "ignore" });
  try {
    await waitForServer(`${origin}/`, server);
    const middle = slugs[Math.floor(slugs.length / 2)];
    const pages: Record<string, string> = {
      profile: `/careers/${middle}`,
      careers: "/careers",
      search: "/careers?q=nurse",
      compare: `/compare?careers=${slugs.slice(0, 3).join(",")}`,
      home: "/",
    };
    const bare: Record<string, string> = { methodology: "/methodology", notFound: "/bench-no-such-page" };
    const cache = new Map<string, Script>();
    const weights: Record<string, PageWeight> = {};
    for (const [name, pagePath] of Object.entries({ ...pages, ...bare })) weights[name] = await measurePage(origin, pagePath, cache);
    for (const name of Object.keys(pages)) {
      if (weights[name].status !== 200) throw new Error(`${pages[name]} answered ${weights[name].status}`);
    }
    // The barest page of the app: fewest script bytes of the two.
    const baselineName = weights.notFound.scriptBytes <= weights.methodology.scriptBytes ? "notFound" : "methodology";
    const own = extraScripts(weights.profile, weights[baselineName]);

    const load: SizeResult["load"] = {};
    let serverPeakTreeMiB = 0;
    for (const [name, pagePath] of Object.entries(pages)) {
      log(`  load test ${pagePath} (${connections} connections, ${seconds} s)`);
      const sampler = sampleTree(server.pid ?? 0);
      const others = watchOtherWork();
      const result = await loadTest(origin, pagePath, connections, seconds);
      const used = sampler.stop();
      const serverCpuMs = used.cpuMs - used.cpuAtStartMs;
      serverPeakTreeMiB = Math.max(serverPeakTreeMiB, used.peakMiB);
      load[name] = { ...result, serverCpuMsPerRequest: serverCpuMs / Math.max(1, result.requests), otherCores: others.stop(serverCpuMs) };
    }
    return { pages, weights, baseline: { name: baselineName, path: bare[baselineName] }, ownProfileScripts: own, load, serverPeakTreeMiB };
  } finally {
    await stopProcess(server);
  }
}

async function benchSize(count: number): Promise<SizeResult> {
  const root = mkdtempSync(path.join(tmpdir(), `bench-content-${count}-`));
  try {
    log(`N=${count}: writing synthetic profiles to ${root}`);
    const careersDir = writeSyntheticContent(root, count);
    const slugs = readdirSync(careersDir).filter((name) => name.endsWith(".md")).map((name) => name.slice(0, -3)).sort();
    const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: root, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
    const loadBefore = loadavg()[0];

    log(`N=${count}: content:check`);
    const { output: checkOutput, ...check } = mustSucceed("content:check", await runMeasured(process.execPath, ["scripts/run-ts.mjs", "scripts/content-check.ts", careersDir], env));
    const summary = checkOutput.trim().split("\n").at(-1) ?? "";

    log(`N=${count}: next build (cold, into ${distDir})`);
    rmSync(distDir, { recursive: true, force: true });
    const { output: _buildOutput, ...build } = mustSucceed("next build", await runMeasured(bin("next"), ["build"], env));
    const facts: BuildFacts = readBuildFacts(distDir);

    log(`N=${count}: serve and page measurements`);
    const served = await serveAndMeasure(env, slugs);
    return { count, loadAverage: { before: loadBefore, after: loadavg()[0] }, check: { ...check, summary }, build, facts, ...served };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const results: SizeResult[] = [];
console.log(`Scale benchmark: N = ${sizes.join(", ")}; ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
try {
  for (const count of sizes) {
    const result = await benchSize(count);
    results.push(result);
    printRun(result);
  }
} finally {
  rmSync(distDir, { recursive: true, force: true });
}
printScaling(results);
const goals = evaluateGoals(results);
printGoals(goals, results);

const totalSeconds = (performance.now() - started) / 1000;
const date = new Date().toISOString().slice(0, 10);
const sameSizes = sizes.join(",") === defaultSizes.join(",");
const out = path.join("bench-results", `bench-${date}${sameSizes ? "" : `-${sizes.join("_")}`}.json`);
mkdirSync("bench-results", { recursive: true });
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: totalmem() / 2 ** 30, node: process.version };
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), machine, durationSeconds: seconds, connections, totalSeconds, results, goals }, null, 2)}\n`);
console.log(`\nWhole run: ${(totalSeconds / 60).toFixed(1)} min. Figures written to ${out}.`);
