/**
 * `npm run data:import` says whose AI tier the new figures move: the pure comparison, then the hook
 * the script passes to runImport, over a profile and two copies of the shipped dataset that differ
 * in one occupation's exposure.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { reportTierMoves } from "@/lib/catalog/import-tier-moves";
import { computeScore } from "@/lib/catalog/score";
import { describeTierMoves, type ProfileScore } from "@/lib/catalog/tier-moves";
import { datasetFiles } from "@/lib/dataset/files";

const epoch = { empathy: 3, presence: 4, opinion: 3, creativity: 2, hope: 2 }; // sum 14: 1 point
const scored = (slug: string, exposurePercent: number, growthPercent: number): ProfileScore =>
  ({ slug, score: computeScore({ exposurePercent, growthPercent, epoch }) });

describe("describeTierMoves", () => {
  it("lists each profile whose tier changes, by slug, under a count line", () => {
    const before = [scored("welders", 8, 2), scored("medical-assistants", 36, 12), scored("cashiers", 60, -1)];
    const after = [scored("welders", 8, 2), scored("medical-assistants", 10, 12), scored("cashiers", 60, 3)];
    expect(describeTierMoves(before, after)).toEqual([
      "AI tier moved for 2 profiles:",
      "  cashiers: High Disruption Risk (1/6) → In Transition (2/6)",
      "  medical-assistants: AI-Augmented (4/6) → AI-Resilient (5/6)",
    ]);
  });

  it("ignores a total that moves within its tier", () => {
    // 4/6 → 3/6 is still AI-Augmented: the page's label does not change.
    expect(describeTierMoves([scored("medical-assistants", 36, 12)], [scored("medical-assistants", 60, 12)])).toEqual(["No profile's AI tier moved."]);
  });

  it("reports gaining or losing a score, and a profile that no longer loads", () => {
    const before = [{ slug: "counselors-all-other", score: undefined }, scored("medical-assistants", 36, 12), scored("welders", 8, 2)];
    const after = [scored("counselors-all-other", 20, 6), { slug: "medical-assistants", score: undefined }];
    expect(describeTierMoves(before, after)).toEqual([
      "AI tier moved for 3 profiles:",
      "  counselors-all-other: no score (no AI exposure for its code) → AI-Resilient (5/6)",
      "  medical-assistants: AI-Augmented (4/6) → no score (no AI exposure for its code)",
      "  welders: AI-Augmented (4/6) → not valid (run npm run content:check)",
    ]);
  });

  it("says one line when nothing moved, and when there is no previous dataset", () => {
    expect(describeTierMoves([], [])).toEqual(["No profile's AI tier moved."]);
    expect(describeTierMoves(undefined, [scored("welders", 8, 2), { slug: "x", score: undefined }]))
      .toEqual(["No previous dataset to compare AI tiers with: 1 profile scored, 1 without a score."]);
  });
});

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop() ?? "", { recursive: true, force: true });
});

const words = "The work is steady and varied, with patients arriving all day and a physician who depends on the assistant to keep the clinic moving. ";
const profile = `---
title: Medical Assistants
summary: Medical assistants room patients, take vital signs and keep the clinic's records in order.
category: healthcare
socCode: "31-9092"
duties:
  - Take vital signs and record the patient's history.
  - Prepare treatment rooms and sterilize instruments.
  - Schedule appointments and keep medical records up to date.
timeSplit:
  - activity: Clinical duties
    percent: 60
  - activity: Administrative tasks
    percent: 40
aiResilience:
  epoch: { empathy: 3, presence: 4, opinion: 3, creativity: 2, hope: 2 }
updated: 2026-01-15
---

## A typical day

${words.repeat(4)}
`;

/** A content root with the profile above and two copies of the shipped dataset; `after` rates 31-9092.00 at β `afterBeta`. */
function contentWithDatasets(afterBeta: string) {
  const root = mkdtempSync(path.join(os.tmpdir(), "tier-moves-"));
  made.push(root);
  const careers = path.join(root, "careers");
  mkdirSync(careers);
  writeFileSync(path.join(careers, "medical-assistants.md"), profile);
  const before = path.join(root, "before");
  const after = path.join(root, "after");
  cpSync(path.resolve("content/national"), before, { recursive: true });
  cpSync(path.resolve("content/national"), after, { recursive: true });
  const exposureFile = path.join(after, datasetFiles.exposure.file);
  const rows = readFileSync(exposureFile, "utf8").replace(/^(31-9092\.00,Medical Assistants,).*$/m, `$1${afterBeta}`);
  writeFileSync(exposureFile, rows);
  return { careers, before, after };
}

describe("the data:import hook (reportTierMoves)", () => {
  it("names the profile a new exposure moves to another tier", async () => {
    const { careers, before, after } = contentWithDatasets("0.1");
    const lines = await reportTierMoves(careers)(before, after);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("AI tier moved for 1 profile:");
    // Exposure 10% instead of ~36% is worth one more point.
    expect(lines[1]).toMatch(/^ {2}medical-assistants: AI-Augmented \((\d)\/6\) → AI-Resilient \(\d\/6\)$/);
  });

  it("says no tier moved when the figures give the same tiers", async () => {
    const { careers, before, after } = contentWithDatasets("0.358974358974359");
    expect(await reportTierMoves(careers)(before, after)).toEqual(["No profile's AI tier moved."]);
  });

  it("summarises the tiers of a first import", async () => {
    const { careers, after } = contentWithDatasets("0.1");
    expect(await reportTierMoves(careers)(undefined, after)).toEqual(["No previous dataset to compare AI tiers with: 1 profile scored, 0 without a score."]);
  });
});
