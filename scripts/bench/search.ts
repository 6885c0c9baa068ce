/**
 * `npm run bench:search`: search quality and latency.
 * 1. The real catalog (every occupation: profiles and figures-only pages) on the judged query set
 *    (tests/catalog/search-queries.tsv): top-1 and top-3 hit rates against their goals, by kind,
 *    every miss with what came first, and the latency of every judged query (p50/p99).
 * 2. A synthetic catalog (832 profiles, one per occupation, loaded through the real pipeline):
 *    latency of a fixed query set, raw search and the whole /careers query (search, filters, sort,
 *    one page). Goal: p99 under 10 ms on one core.
 * Not a test: it only reports (the catalog test holds the hit rates).
 */
import { performance } from "node:perf_hooks";
import path from "node:path";
import { browseCareers } from "../../lib/browse/browse";
import { parseBrowseQuery } from "../../lib/browse/query";
import { loadCareerFile, type Career } from "../../lib/catalog/load";
import { buildSearchIndex, searchSlugs } from "../../lib/browse/search";
import { syntheticProfiles } from "./synthetic";
import { readFileSync } from "node:fs";
import { loadCatalog } from "../../lib/catalog/load";
import { buildOccupationIndex } from "../../lib/catalog";
import { describeOutcome, judgeSearch, parseJudgedQueries, searchGoals } from "../../lib/browse/search-quality";
import { datasetDir } from "../../lib/dataset/files";
import { nationalDataset } from "../../lib/dataset/national";

const dataset = nationalDataset(datasetDir(path.join(process.cwd(), "content")));

// The most a catalog can hold: one profile for every occupation of the national dataset.
const count = Number(process.env.BENCH_PROFILES ?? 832);
const rounds = Number(process.env.BENCH_ROUNDS ?? 200);
const queries = ["nurse", "nurs", "medcal asistant", "CMA", "something with computers", "electrician", "marine technicians", "tax", "repair equipment", "xyzzy", "software developers python", "a"];
const browseParams: Array<Record<string, string>> = [{ q: "nurse", sort: "salary" }, { q: "repair", category: "healthcare" }, { minSalary: "60000", sort: "score" }, { education: "associate", tier: "ai-resilient" }, {}];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(label: string, run: () => void, { quiet = false, times = rounds } = {}): number[] {
  for (let i = 0; i < 20; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  if (!quiet) console.log(`  ${label.padEnd(44)} p50 ${percentile(samples, 50).toFixed(3).padStart(7)} ms   p99 ${percentile(samples, 99).toFixed(3).padStart(7)} ms`);
  return samples;
}

// 1. The real catalog on the judged query set.
const real = loadCatalog(path.resolve("content/careers"), "production");
const realIndex = buildOccupationIndex(real.occupations);
const judged = parseJudgedQueries(readFileSync(path.resolve("tests/catalog/search-queries.tsv"), "utf8"));
const quality = judgeSearch(judged, (query) => searchSlugs(realIndex, query));
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
console.log(`Judged query set: ${quality.total} queries over the real catalog (${real.careers.length} profiles, ${real.occupations.length} pages)`);
console.log(`  top-1 ${percent(quality.top1)} (goal ${percent(searchGoals.top1)}: ${quality.top1 >= searchGoals.top1 ? "met" : "NOT met"}), top-3 ${percent(quality.top3)} (goal ${percent(searchGoals.top3)}: ${quality.top3 >= searchGoals.top3 ? "met" : "NOT met"})`);
for (const [kind, tally] of [...quality.byKind].sort()) console.log(`  ${kind.padEnd(14)} ${String(tally.total).padStart(4)} queries   top-1 ${percent(tally.top1 / tally.total).padStart(6)}   top-3 ${percent(tally.top3 / tally.total).padStart(6)}`);
console.log(`Misses (not in the first three): ${quality.misses.length}`);
for (const miss of quality.misses) console.log(`  ${describeOutcome(miss)}`);
console.log(`In the first three but not first: ${quality.notFirst.length}`);
for (const outcome of quality.notFirst) console.log(`  ${describeOutcome(outcome)}`);
const judgedSamples = judged.flatMap((entry) => time(JSON.stringify(entry.query), () => searchSlugs(realIndex, entry.query), { quiet: true, times: 30 }));
judgedSamples.sort((a, b) => a - b);
const judgedP99 = percentile(judgedSamples, 99);
console.log(`  latency over the judged queries: p50 ${percentile(judgedSamples, 50).toFixed(3)} ms, p99 ${judgedP99.toFixed(3)} ms — goal p99 < ${searchGoals.p99Ms} ms: ${judgedP99 < searchGoals.p99Ms ? "met" : "NOT met"}`);
console.log("");

const loadStart = performance.now();
const careers: Career[] = syntheticProfiles(count).flatMap((profile) => {
  const loaded = loadCareerFile(`${profile.slug}.md`, new TextEncoder().encode(profile.text), dataset);
  if (!loaded.career || loaded.problems.some((problem) => problem.severity !== "warning")) {
    throw new Error(`synthetic profile ${profile.slug} is invalid:\n${loaded.problems.map((problem) => problem.message).join("\n")}`);
  }
  return [loaded.career];
});
const loadMs = performance.now() - loadStart;
const indexStart = performance.now();
const index = buildSearchIndex(careers);
const indexMs = performance.now() - indexStart;

console.log(`Search benchmark: ${careers.length} synthetic profiles, ${rounds} rounds per query, Node ${process.version}`);
console.log(`  loaded in ${loadMs.toFixed(0)} ms; index built in ${indexMs.toFixed(0)} ms (${index.documents.termCount} terms)`);
console.log("Search (MiniSearch query):");
const all = queries.flatMap((query) => time(JSON.stringify(query), () => searchSlugs(index, query)));
console.log("Whole /careers query (search + filters + sort + page):");
const browse = browseParams.flatMap((params) => {
  const query = parseBrowseQuery(params);
  return time(new URLSearchParams(params).toString() || "(no parameters)", () => browseCareers(careers, index, query));
});
for (const [label, samples] of [["all searches", all], ["all /careers queries", browse]] as const) {
  samples.sort((a, b) => a - b);
  const p99 = percentile(samples, 99);
  console.log(`${label}: p50 ${percentile(samples, 50).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms — goal p99 < 10 ms: ${p99 < 10 ? "met" : "NOT met"}`);
}
