/**
 * `npm run bench:fit`: how long /fit takes to rank every occupation for one reader. Over the real
 * catalog (profiles and figures-only pages, every occupation of the national dataset), it times
 * `BENCH_ROUNDS` (default 2,000) readers with random answers and limits, seeded so runs compare:
 * the ranking alone (profile, limits, groups, sort), and the whole request's work (reading the link,
 * ranking, the why line of every result shown). The occupations' vectors are computed once per
 * catalog: that first call is reported apart. Goal: p99 under 10 ms. Not a test: it only reports.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadCatalog } from "../../lib/catalog/load";
import { activityCount } from "../../lib/fit/shape";
import { aiChoices, fitHref, growthChoices, parseFitHref, type FitAnswers } from "../../lib/fit/answers";
import { whyLine } from "../../lib/fit/explain";
import { findFits } from "../../lib/fit/fit";
import { areaNamesOf, loadQuestionnaire } from "../../lib/fit/questions";
import { matchableOccupations } from "../../lib/fit/rank";
import { entryLevelIds } from "../../lib/content/taxonomy";
import { riasec } from "../../lib/dataset/figures";

const rounds = Number(process.env.BENCH_ROUNDS ?? 2000);
const goalMs = 10;

const catalog = loadCatalog(path.resolve("content/careers"), "production");
const loaded = loadQuestionnaire(path.resolve("content/fit.yml"));
if (!loaded.ok) throw new Error(loaded.errors.map(String).join("\n"));
const questionnaire = loaded.questionnaire;
const names = areaNamesOf(questionnaire);
const occupations = catalog.occupations;

/** A small seeded generator (mulberry32), so every run times the same readers. */
function generator(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(17);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const maybe = <T>(value: T): T | undefined => (random() < 0.5 ? value : undefined);

function randomAnswers(): FitAnswers {
  const quick = random() < 0.3;
  return {
    activities: quick ? undefined : Array.from({ length: activityCount }, () => pick(["l", "n", "d", "l", "d", "-"])).join(""),
    areas: quick ? riasec.filter(() => random() < 0.3).slice(0, 3) : [],
    education: maybe(pick(entryLevelIds)),
    minPay: maybe(pick([25000, 40000, 60000, 90000])),
    ai: pick(aiChoices),
    growth: pick(growthChoices),
    more: undefined,
    edit: false,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(label: string, inputs: readonly FitAnswers[], run: (answers: FitAnswers) => void): number {
  const samples = inputs.map((answers) => {
    const start = performance.now();
    run(answers);
    return performance.now() - start;
  });
  samples.sort((a, b) => a - b);
  const p99 = percentile(samples, 99);
  console.log(`  ${label.padEnd(52)} p50 ${percentile(samples, 50).toFixed(3).padStart(7)} ms   p99 ${p99.toFixed(3).padStart(7)} ms   max ${samples[samples.length - 1].toFixed(3).padStart(7)} ms`);
  return p99;
}

const readers = Array.from({ length: rounds }, randomAnswers);
const vectorsStart = performance.now();
const matchable = matchableOccupations(occupations).length;
console.log(`Catalog: ${occupations.length} occupations (${catalog.careers.length} profiles), ${matchable} with an interest profile`);
console.log(`  occupation vectors, once per catalog: ${(performance.now() - vectorsStart).toFixed(2)} ms`);
for (let i = 0; i < 50; i++) findFits(occupations, questionnaire, readers[i % readers.length]);

console.log(`${rounds} readers with random answers and limits:`);
const ranking = time("ranking (profile, limits, groups, sort)", readers, (answers) => {
  findFits(occupations, questionnaire, answers);
});
const request = time("whole request (read link, rank, why lines shown)", readers, (answers) => {
  const parsed = parseFitHref(fitHref(answers));
  const result = findFits(occupations, questionnaire, parsed.answers);
  if (result?.kind === "ranked") for (const group of result.groups) for (const { occupation, match } of group.shown) whyLine(occupation, match, result.profile, names);
});
const worst = Math.max(ranking, request);
console.log(`Goal p99 < ${goalMs} ms: ${worst < goalMs ? "met" : "NOT met"} (p99 ${worst.toFixed(3)} ms)`);
