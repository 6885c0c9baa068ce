/**
 * `npm run bench:hostile`: the content check of one file (read, validate, join, render) on generated
 * hostile profiles (tests/unit/hostile-files.ts): each construct repeated to 10 KB, 100 KB and 1 MB,
 * in the body or the front matter, one per line or all on one. Prints the time (median of 3) and
 * heap growth of each, the slowest, and whether time grows at most linearly with size: 10× the
 * bytes may cost 10× the time, plus 50 ms of slack (reading 1 MB alone takes ~35 ms). Not a test: it prints figures;
 * tests/unit/hostile-files.test.ts asserts generous bounds.
 */
import { loadCareerFile } from "@/lib/catalog/load";
import { nationalDataset } from "@/lib/dataset/national";
import { bodyMotifs, frontMatterMotifs, hostileProfile, type HostileFile } from "../../tests/unit/hostile-files";

const sizes = [10 * 1024, 100 * 1024, 1024 * 1024];
const dataset = nationalDataset("content/national");
const gc = (globalThis as { gc?: () => void }).gc;

function measure(file: HostileFile): { ms: number; heapMiB: number } {
  const bytes = new TextEncoder().encode(hostileProfile(file));
  const times: number[] = [];
  let heap = 0;
  for (let run = 0; run < 3; run++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    loadCareerFile("careers/hostile-file.md", bytes, dataset);
    times.push(performance.now() - started);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
  }
  return { ms: times.sort((a, b) => a - b)[1], heapMiB: heap / 1024 / 1024 };
}

type Row = { label: string; ms: number[]; heapMiB: number; linear: boolean };
const rows: Row[] = [];
const cases = [
  ...bodyMotifs.map((motif) => ({ place: "body" as const, motif })),
  ...frontMatterMotifs.map((motif) => ({ place: "frontMatter" as const, motif })),
];
console.log(`Content check of one generated file, ${cases.length * 2} constructs × ${sizes.map((size) => `${size / 1024} KB`).join(", ")}${gc ? "" : " (run with --expose-gc for steadier heap figures)"}`);
for (const { place, motif } of cases) {
  for (const separator of ["", "\n"]) {
    const results = sizes.map((bytes) => measure({ place, motif, separator, bytes }));
    const ms = results.map((result) => result.ms);
    const linear = ms.every((time, index) => index === 0 || time <= 10 * ms[index - 1] + 50);
    const label = `${place === "body" ? "body" : "yaml"} ${JSON.stringify(motif + separator)}`;
    rows.push({ label, ms, heapMiB: Math.max(...results.map((result) => result.heapMiB)), linear });
    console.log(`${label.padEnd(30)} ${ms.map((time) => `${time.toFixed(1).padStart(7)} ms`).join(" ")}  heap ≤ ${Math.max(0, Math.max(...results.map((result) => result.heapMiB))).toFixed(0).padStart(4)} MiB${linear ? "" : "  NOT linear"}`);
  }
}
const slowest = rows.reduce((worst, row) => (Math.max(...row.ms) > Math.max(...worst.ms) ? row : worst));
const hungriest = rows.reduce((worst, row) => (row.heapMiB > worst.heapMiB ? row : worst));
const superlinear = rows.filter((row) => !row.linear);
console.log(`\nslowest: ${slowest.label} ${Math.max(...slowest.ms).toFixed(0)} ms; most memory: ${hungriest.label} ${hungriest.heapMiB.toFixed(0)} MiB`);
console.log(`time at most linear in size: ${superlinear.length === 0 ? "met" : `NOT met for ${superlinear.map((row) => row.label).join(", ")}`}`);
