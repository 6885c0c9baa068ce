/** What `npm run bench` prints: a table per N, the costs per profile as N grows, and the goals. */
import { phaseNames, type BuildFacts, type Span } from "./build-facts";
import type { Measured } from "./measure";
import type { LoadResult, PageWeight, Script } from "./pages";

export type SizeResult = {
  count: number;
  loadAverage: { before: number; after: number };
  check: Omit<Measured, "output"> & { summary: string };
  build: Omit<Measured, "output">;
  facts: BuildFacts;
  pages: Record<string, string>;
  weights: Record<string, PageWeight>;
  baseline: { name: string; path: string };
  ownProfileScripts: { scripts: Script[]; bytes: number; gzipBytes: number };
  load: Record<string, LoadResult & { serverCpuMsPerRequest: number; otherCores: number }>;
  serverPeakTreeMiB: number;
};

export type Goal = { goal: string; measured: string; met: boolean | null };

const goalSize = 5000;
/** Build time counts as linear when the cost of each added profile grows by at most this factor. */
const linearTolerance = 1.25;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const mib = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(0)} MiB`);
const row = (cells: Array<string | number>, widths: number[]) => cells.map((cell, index) => String(cell).padEnd(widths[index] ?? 10)).join(" ").trimEnd();

/** Other work using more than this many cores on average makes a run's times unreliable. */
const busyCores = 0.25;

function otherWork(result: SizeResult): { check: number; build: number; load: number } {
  const loads = Object.values(result.load).map((load) => load.otherCores);
  return { check: result.check.otherCores, build: result.build.otherCores, load: Math.max(0, ...loads) };
}

const isBusy = (result: SizeResult) => Math.max(...Object.values(otherWork(result))) > busyCores;

export function printRun(result: SizeResult) {
  const { check, build, facts } = result;
  const others = otherWork(result);
  console.log(`\nN = ${result.count.toLocaleString("en-US")}`);
  console.log(`  other work on the machine (cores used on average): ${others.check.toFixed(2)} during the check, ${others.build.toFixed(2)} during the build, up to ${others.load.toFixed(2)} during a load test${isBusy(result) ? " — busy: times are inflated" : ""}`);
  console.log(`  content:check  wall ${sec(check.wallMs)}, CPU ${sec(check.cpuMs)}, peak ${mib(check.peakTreeMiB)} (tree) / ${mib(check.maxProcessMiB)} (largest process) — ${check.summary}`);
  console.log(`  next build     wall ${sec(build.wallMs)}, CPU ${sec(build.cpuMs)}, peak ${mib(build.peakTreeMiB)} (tree) / ${mib(build.maxProcessMiB)} (largest process), dist folder ${mib(facts.distMiB)}`);
  const breakdown = build.peakBreakdown.map((entry) => `${entry.process} ${entry.mib.toFixed(0)}`).join(" + ");
  if (breakdown) console.log(`    at the memory peak (MiB): ${breakdown}`);
  const phases = Object.entries(phaseNames).filter(([name]) => facts.phases[name] !== undefined && name !== "next-build");
  if (phases.length > 0) console.log(`    phases: ${phases.map(([name, label]) => `${label} ${facts.phases[name].toFixed(1)} s`).join(" · ")}`);
  const each = (part: Span) =>
    `${part.count} in ${part.seconds.toFixed(1)} s (${((part.seconds * 1000) / part.count).toFixed(1)} ms each; first quarter ${part.firstQuarterMs.toFixed(1)}, last quarter ${part.lastQuarterMs.toFixed(1)} ms each)`;
  if (facts.profilePages) console.log(`    profile pages written: ${each(facts.profilePages)}`);
  if (facts.ogImages) console.log(`    profile preview images (app/og/careers/[slug]) written: ${each(facts.ogImages)}, ${facts.ogImages.mib.toFixed(1)} MiB`);

  const widths = [44, 6, 10, 9, 8, 10, 9, 10, 8, 7, 9, 9, 9, 6];
  console.log(`  ${row(["page", "status", "HTML", "gzip", "scripts", "raw", "gzip", "inline JS", "JSON-LD", "req/s", "p50", "p99", "CPU/req", "non-2xx/errors"], widths)}`);
  for (const [name, path] of Object.entries(result.pages)) {
    const weight = result.weights[name];
    const load = result.load[name];
    console.log(`  ${row([path.length > 43 ? `${path.slice(0, 42)}…` : path, weight.status, kb(weight.htmlBytes), kb(weight.htmlGzipBytes), weight.scripts.length,
      kb(weight.scriptBytes), kb(weight.scriptGzipBytes), kb(weight.inlineScriptBytes), kb(weight.jsonLdBytes),
      load.requestsPerSecond.toFixed(0), `${load.p50Ms} ms`, `${load.p99Ms} ms`, `${load.serverCpuMsPerRequest.toFixed(1)} ms`, `${load.non2xx}/${load.errors + load.timeouts}`], widths)}`);
  }
  const bare = result.weights[result.baseline.name];
  console.log(`  bare page (baseline): ${result.baseline.path} (status ${bare.status}), ${bare.scripts.length} scripts, ${kb(bare.scriptBytes)} (${kb(bare.scriptGzipBytes)} gzip)`);
  const own = result.ownProfileScripts;
  const files = own.scripts.map((script) => `${script.src} ${kb(script.bytes)}`).join(", ");
  console.log(`  profile page's own scripts (beyond the bare page's): ${own.scripts.length} files, ${kb(own.bytes)} (${kb(own.gzipBytes)} gzip)${files ? `: ${files}` : ""}`);
  console.log(`  server peak memory during the load tests: ${mib(result.serverPeakTreeMiB)}`);
}

/** Extra milliseconds per extra profile between two sizes. */
function marginal(from: SizeResult, to: SizeResult, pick: (result: SizeResult) => number): number {
  return (pick(to) - pick(from)) / (to.count - from.count);
}

export function printScaling(results: SizeResult[]) {
  console.log("\nCost per profile as N grows (marginal = extra ms per extra profile since the previous N):");
  const widths = [7, 10, 14, 16, 10, 14, 16, 11, 16, 16, 16];
  console.log(`  ${row(["N", "check", "check ms/prof", "check marginal", "build", "build ms/prof", "build marginal", "build CPU", "CPU marginal", "build peak tree", "build peak proc"], widths)}`);
  results.forEach((result, index) => {
    const previous = results[index - 1];
    const change = (pick: (r: SizeResult) => number, digits: number) => (previous ? marginal(previous, result, pick).toFixed(digits) : "");
    console.log(`  ${row([result.count, sec(result.check.wallMs), (result.check.wallMs / result.count).toFixed(2), change((r) => r.check.wallMs, 2),
      sec(result.build.wallMs), (result.build.wallMs / result.count).toFixed(1), change((r) => r.build.wallMs, 1),
      sec(result.build.cpuMs), change((r) => r.build.cpuMs, 1), mib(result.build.peakTreeMiB), mib(result.build.maxProcessMiB)], widths)}`);
  });
}

export function evaluateGoals(results: SizeResult[]): Goal[] {
  const atGoal = results.find((result) => result.count === goalSize);
  const largest = results.at(-1);
  const notMeasured = `not measured (no N=${goalSize} in this run)`;
  const goals: Goal[] = [];

  goals.push(atGoal
    ? { goal: "content:check of 5,000 profiles under 3 s", measured: sec(atGoal.check.wallMs), met: atGoal.check.wallMs < 3000 }
    : { goal: "content:check of 5,000 profiles under 3 s", measured: notMeasured, met: null });

  if (results.length >= 3) {
    const growth = (pick: (r: SizeResult) => number) => {
      const first = marginal(results[0], results[1], pick);
      const last = marginal(results.at(-2) ?? results[0], results.at(-1) ?? results[1], pick);
      return { first, last, text: `${first.toFixed(1)} → ${last.toFixed(1)} ms per added profile (${(last / first).toFixed(2)}×)` };
    };
    const wall = growth((r) => r.build.wallMs);
    const cpuTime = growth((r) => r.build.cpuMs);
    goals.push({
      goal: `build time grows linearly (wall time per added profile grows at most ${linearTolerance}× from the smallest to the largest N)`,
      measured: `${wall.text}; CPU time ${cpuTime.text}`,
      met: wall.last <= wall.first * linearTolerance,
    });
  } else {
    goals.push({ goal: "build time grows linearly", measured: "not measured (needs three sizes)", met: null });
  }

  goals.push(atGoal
    ? { goal: "peak build memory under 1.5 GiB at 5,000 (whole process tree)", measured: `${(atGoal.build.peakTreeMiB / 1024).toFixed(2)} GiB (largest process ${mib(atGoal.build.maxProcessMiB)})`, met: atGoal.build.peakTreeMiB < 1.5 * 1024 }
    : { goal: "peak build memory under 1.5 GiB at 5,000", measured: notMeasured, met: null });

  goals.push(atGoal
    ? { goal: "/careers HTML under 60 KB gzipped at 5,000", measured: kb(atGoal.weights.careers.htmlGzipBytes), met: atGoal.weights.careers.htmlGzipBytes < 60_000 }
    : { goal: "/careers HTML under 60 KB gzipped at 5,000", measured: notMeasured, met: null });

  if (largest) {
    const own = largest.ownProfileScripts;
    goals.push({
      goal: `a profile page ships no client JavaScript of its own beyond the framework's (baseline ${largest.baseline.path})`,
      measured: `${own.scripts.length} extra files, ${kb(own.bytes)} (${kb(own.gzipBytes)} gzip) at N=${largest.count}`,
      met: own.bytes === 0,
    });
  }
  return goals;
}

export function printGoals(goals: Goal[], results: SizeResult[]) {
  console.log("\nGoals:");
  for (const goal of goals) {
    const verdict = goal.met === null ? "n/a    " : goal.met ? "met    " : "NOT met";
    console.log(`  ${verdict}  ${goal.goal}: ${goal.measured}`);
  }
  const busy = results.filter(isBusy);
  if (busy.length > 0) {
    console.log(`  Note: other work used more than ${busyCores} cores during N = ${busy.map((result) => result.count).join(", ")}; the time verdicts (check, linear build) need an idle machine to be trusted.`);
  }
}
