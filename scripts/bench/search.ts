/**
 * `npm run bench:search`: search latency over a synthetic catalog of 5,000 valid profiles.
 * Loads them through the real pipeline, builds the index once, then times a fixed query set —
 * the raw search and the whole /careers query (search, filters, sort, one page) — and prints
 * p50/p99 per query and overall. Goal: p99 under 10 ms on one core. Not a test: it only reports.
 */
import { performance } from "node:perf_hooks";
import path from "node:path";
import { browseCareers } from "../../lib/browse/browse";
import { parseBrowseQuery } from "../../lib/browse/query";
import { loadCareerFile, type Career } from "../../lib/catalog/load";
import { buildSearchIndex, searchSlugs } from "../../lib/browse/search";
import { syntheticProfiles } from "./synthetic";
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

function time(label: string, run: () => void): number[] {
  for (let i = 0; i < 20; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(44)} p50 ${percentile(samples, 50).toFixed(3).padStart(7)} ms   p99 ${percentile(samples, 99).toFixed(3).padStart(7)} ms`);
  return samples;
}

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
console.log(`  loaded in ${loadMs.toFixed(0)} ms; index built in ${indexMs.toFixed(0)} ms (${index.termCount} terms)`);
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
