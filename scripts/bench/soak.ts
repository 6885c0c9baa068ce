/**
 * `npm run bench:load`: a bounded load on loopback against the production server, repeated, to see
 * that it answers without errors and that its memory settles instead of growing run after run.
 * Builds the real content into .next-bench-load (or uses the server at LOAD_URL), then runs
 * LOAD_ROUNDS rounds (default 5) of LOAD_SECONDS (default 10) with 50 connections alternately on a
 * profile and a search page, printing requests/s, p50/p99, errors and the server's memory (RSS of
 * its process tree) after each round. Not a test: it prints figures and a verdict.
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildAndServe, readTree, stopProcess } from "./measure";
import { loadTest } from "./pages";

const rounds = Number(process.env.LOAD_ROUNDS ?? 5);
const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const connections = 50;
const pages = ["/careers/medical-assistants", "/careers?q=nurse"];

async function startServer(): Promise<{ origin: string; server?: ChildProcess }> {
  if (process.env.LOAD_URL) return { origin: process.env.LOAD_URL.replace(/\/$/, "") };
  mkdirSync("bench-results", { recursive: true });
  return buildAndServe(".next-bench-load", path.join("bench-results", "load-build.log"), { NODE_ENV: "production" });
}

const mib = (kib: number) => kib / 1024;

const { origin, server } = await startServer();
const memory = () => (server?.pid ? mib(readTree(server.pid).reduce((total, entry) => total + entry.rssKiB, 0)) : Number.NaN);
try {
  console.log(`Load: ${rounds} rounds × ${pages.length} pages × ${seconds} s, ${connections} connections, ${origin}`);
  console.log(`server memory at start: ${memory().toFixed(0)} MiB`);
  const after: number[] = [];
  let failures = 0;
  for (let round = 1; round <= rounds; round++) {
    const results = [];
    for (const page of pages) results.push(await loadTest(origin, page, connections, seconds));
    after.push(memory());
    for (const result of results) {
      const bad = result.non2xx + result.errors + result.timeouts;
      failures += bad;
      console.log(
        `round ${round}  ${result.path.padEnd(30)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(result.p50Ms).padStart(4)} ms  p99 ${String(result.p99Ms).padStart(4)} ms  errors ${bad}`,
      );
    }
    console.log(`round ${round}  server memory after: ${after.at(-1)?.toFixed(0)} MiB`);
  }
  // Settled: after the first round has warmed caches, later rounds grow less than 10% in all.
  const warmed = after[0];
  const last = after.at(-1) ?? warmed;
  const growth = (last - warmed) / warmed;
  console.log(`errors: ${failures} (goal 0: ${failures === 0 ? "met" : "NOT met"})`);
  if (Number.isFinite(growth)) {
    console.log(`memory from round 1 to round ${rounds}: ${warmed.toFixed(0)} → ${last.toFixed(0)} MiB (${(growth * 100).toFixed(1)}%; stable if under 10%: ${growth < 0.1 ? "yes" : "NO"})`);
  }
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  if (server) await stopProcess(server);
}
