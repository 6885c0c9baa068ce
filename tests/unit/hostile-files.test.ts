/**
 * Issue 19: a content file's cost is linear in its size. Generated hostile files of up to 1 MB
 * (tests/unit/hostile-files.ts) each load within generous time and memory bounds; the constructs
 * that once cost the square of their size each have a regression test; the front matter is split
 * where gray-matter splits it, in linear time. `npm run bench:hostile` prints the figures.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { loadCareerFile } from "@/lib/catalog/load";
import { maxBlockLines, maxMarkdownLines } from "@/lib/content/markdown";
import { maxFileBytes, maxFrontMatterLength, splitFrontMatter } from "@/lib/content/source";
import { readQuickly } from "@/lib/content/yaml-quick";
import { fixtures, minimalProfile, testDataset } from "./helpers";
import { bodyMotifs, frontMatterMotifs, hostileProfile } from "./hostile-files";

const dataset = testDataset();
const encode = (text: string) => new TextEncoder().encode(text);
/** Generous: the slowest generated file takes ~0.8 s on a busy 2-core machine (`npm run bench:hostile`). */
const maxMillis = 5_000;
const maxHeapGrowth = 300 * 1024 * 1024;

function load(text: string) {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = loadCareerFile("careers/hostile-file.md", encode(text), dataset);
  return { result, millis: performance.now() - started, heapGrowth: process.memoryUsage().heapUsed - heapBefore };
}

const errorsOf = (text: string) => load(text).result.problems.filter((problem) => problem.severity === "error");

describe("generated hostile files up to 1 MB", () => {
  it("each loads within bounded time and memory, as a career or located errors, never an exception", () => {
    const file = fc.record({
      place: fc.constantFrom("body" as const, "frontMatter" as const),
      motifIndex: fc.nat(),
      separator: fc.constantFrom("", "\n", " ", "\n\n", "\n  "),
      // Sizes spread evenly over the orders of magnitude, 1 KB to the 1 MB limit.
      bytes: fc.double({ min: 10, max: Math.log2(maxFileBytes), noNaN: true }).map((exponent) => Math.round(2 ** exponent)),
    });
    fc.assert(
      fc.property(file, ({ place, motifIndex, separator, bytes }) => {
        const motifs = place === "body" ? bodyMotifs : frontMatterMotifs;
        const text = hostileProfile({ place, motif: motifs[motifIndex % motifs.length], separator, bytes });
        const { result, millis, heapGrowth } = load(text);
        expect(millis, `${Math.round(millis)} ms`).toBeLessThan(maxMillis);
        expect(heapGrowth, `heap +${Math.round(heapGrowth / 1024 / 1024)} MB`).toBeLessThan(maxHeapGrowth);
        const errors = result.problems.filter((problem) => problem.severity === "error");
        if (!result.career) expect(errors.length).toBeGreaterThan(0);
        for (const error of errors) expect(error.line).toBeGreaterThan(0);
        // A handful of messages, never one per repetition.
        expect(result.problems.length).toBeLessThan(60);
      }),
      { numRuns: 40, seed: 19 },
    );
  });
});

describe("constructs that cost the square of their size", () => {
  it("blank lines in the front matter (gray-matter's comment regex ran on over all of them from each line)", () => {
    const text = minimalProfile.replace("updated:", `notes:\n${"  \n".repeat(20_000)}updated:`);
    const { millis } = load(text);
    expect(millis).toBeLessThan(1_000);
  });

  it("lines of tabs and of list dashes in the front matter (two regular expressions tried every split)", () => {
    const started = performance.now();
    readQuickly(`title: x\nnotes:\n${`${"\t".repeat(9_000)}\n`.repeat(20)}`);
    readQuickly(`title: x\n${`${"- ".repeat(4_500)}\n`.repeat(20)}`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("front matter over 64 KB is refused where it passes the limit, with a hint", () => {
    const text = minimalProfile.replace("updated:", `notes: |\n${"  a long pasted paragraph of notes\n".repeat(2_500)}updated:`);
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ field: "front matter" });
    expect(error.detail).toMatch(new RegExp(`characters long \\(at most ${maxFrontMatterLength.toLocaleString("en-US")}\\).*closing --- line missing`));
    expect(error.line).toBeGreaterThan(1_500);
  });

  it(`a narrative of more than ${maxMarkdownLines} lines is refused at the line that passes it`, () => {
    const bodyLine = minimalProfile.split("\n").length;
    const [error] = errorsOf(`${minimalProfile}\n${"a\n".repeat(5_000)}`);
    expect(error).toMatchObject({ field: "body" });
    expect(error.detail).toMatch(/more than 1,000 lines/);
    expect(error.line).toBeGreaterThan(bodyLine + 900);
  });

  it(`more than ${maxBlockLines} quote or list lines, blank-separated (micromark: the square of their number), are refused`, () => {
    for (const marker of [">", "-", "1.", "  *"]) {
      const [error] = errorsOf(`${minimalProfile}\n${`${marker}\n\n`.repeat(400)}`);
      expect(error?.detail, marker).toMatch(/more than 300 list items and quotes/);
    }
  });

  it("3,300 ordered lists opened on one line (10 KB: 4.9 s and 200 MB before) are refused at once as nested too deeply", () => {
    const started = performance.now();
    const [error] = errorsOf(`${minimalProfile}\n${"1. ".repeat(3_300)}deep\n`);
    expect(error.detail).toMatch(/nested too deeply: more than 100 lists or quotes/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("`](` on every line counts against the bracket budget (each cost ~1 ms in GFM)", () => {
    const [error] = errorsOf(`${minimalProfile}\n${"](\n".repeat(900)}`);
    expect(error.detail).toMatch(/\[ and \] brackets \(at most 500\)/);
  });
});

describe("splitting the front matter from the body", () => {
  const careerFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".md")).map((name) => path.join(dir, name));
  const samples = [
    ...careerFiles(path.resolve(import.meta.dirname, "../../content/careers")),
    ...careerFiles(path.join(fixtures, "valid/careers")),
    ...careerFiles(path.join(fixtures, "invalid")),
  ].map((file) => readFileSync(file, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));

  it("splits every profile and fixture exactly where gray-matter does", () => {
    expect(samples.length).toBeGreaterThan(300);
    for (const text of samples.filter((sample) => /^---[ \t]*\n/.test(sample))) {
      const theirs = matter(text, { engines: { yaml: { parse: () => ({}) } } });
      expect(splitFrontMatter(text)).toEqual({ matter: theirs.matter, content: theirs.content });
    }
  });

  it("splits generated files where gray-matter does too", () => {
    const line = fc.oneof(fc.constantFrom("---", "----", "--- ", "---x", "", "  ", "# c", "a: 1", "\r"), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.constantFrom("---\n", "---  \n", "--- \t\n"), fc.array(line, { maxLength: 12 }), (opening, lines) => {
        const text = opening + lines.join("\n");
        const theirs = matter(text, { engines: { yaml: { parse: () => ({}) } } });
        expect(splitFrontMatter(text)).toEqual({ matter: theirs.matter, content: theirs.content });
      }),
    );
  });
});
