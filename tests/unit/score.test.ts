import { describe, expect, it } from "vitest";
import type { Epoch } from "@/lib/content/schema";
import { computeScore, exposurePoints, growthPoints, humanAdvantagePoints, scoreSentence, tierFor } from "@/lib/catalog/score";

const epochOf = (sum: number): Epoch => {
  // Spread a sum of 5–25 over the five capabilities.
  const values = [1, 1, 1, 1, 1];
  for (let extra = sum - 5, i = 0; extra > 0; extra--, i = (i + 1) % 5) values[i] += 1;
  const [empathy, presence, opinion, creativity, hope] = values;
  return { empathy, presence, opinion, creativity, hope };
};

describe("AI exposure points (below 25 Low, 25–50 Medium, above 50 High)", () => {
  it.each([
    [0, 2], [24.9, 2], [25, 1], [36, 1], [50, 1], [50.1, 0], [100, 0],
  ])("%d%% → %d points", (percent, points) => expect(exposurePoints(percent)).toBe(points));
});

describe("job growth points (above 5 Growing, 0–5 Stable, below 0 Declining)", () => {
  it.each([
    [-10, 0], [-0.1, 0], [0, 1], [5, 1], [5.1, 2], [13, 2],
  ])("%d%% → %d points", (percent, points) => expect(growthPoints(percent)).toBe(points));
});

describe("human advantage points (20+ Strong, 12–19 Moderate, below 12 Weak)", () => {
  it.each([
    [5, 0], [11, 0], [12, 1], [19, 1], [20, 2], [25, 2],
  ])("EPOCH %d → %d points", (sum, points) => expect(humanAdvantagePoints(sum)).toBe(points));
});

describe("tiers for every total 0–6", () => {
  it.each([
    [0, "high-disruption-risk"], [1, "high-disruption-risk"], [2, "in-transition"],
    [3, "ai-augmented"], [4, "ai-augmented"], [5, "ai-resilient"], [6, "ai-resilient"],
  ] as const)("total %d → %s", (total, tier) => expect(tierFor(total)).toBe(tier));

  it("reaches every total from real inputs", () => {
    const totals = new Set<number>();
    for (const exposure of [10, 30, 60]) for (const growth of [-3, 2, 10]) for (const sum of [8, 15, 22]) {
      const score = computeScore({ exposurePercent: exposure, growthPercent: growth, epoch: epochOf(sum) });
      expect(score.total).toBe(score.exposure.points + score.growth.points + score.humanAdvantage.points);
      totals.add(score.total);
    }
    expect([...totals].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe("the sentence follows the format's wording", () => {
  it("medical assistants: Score 4/6 with growing demand", () => {
    const score = computeScore({ exposurePercent: 36, growthPercent: 13, epoch: { empathy: 3, presence: 4, opinion: 3, creativity: 2, hope: 2 } });
    expect(score).toMatchObject({ total: 4, tier: "ai-augmented", humanAdvantage: { sum: 14, points: 1 } });
    expect(score.sentence).toBe("Score 4/6: growing job demand means AI will assist but humans remain essential");
  });

  it.each([
    [2, 2, 2, "Score 6/6: low AI task exposure, growing job demand, strong human advantage means this work is well protected from AI displacement"],
    [1, 1, 1, "Score 3/6: balanced factors means AI will assist but humans remain essential"],
    [0, 1, 1, "Score 2/6: high AI task exposure means AI is reshaping this work and skills must adapt"],
    [0, 0, 0, "Score 0/6: high AI task exposure, declining job demand, limited human advantage means a high risk of disruption by AI"],
    [1, 0, 0, "Score 1/6: declining job demand, limited human advantage means a high risk of disruption by AI"],
    [2, 1, 2, "Score 5/6: low AI task exposure, strong human advantage means this work is well protected from AI displacement"],
  ] as const)("points %d/%d/%d", (exposure, growth, human, sentence) => {
    expect(scoreSentence(exposure + growth + human, exposure, growth, human)).toBe(sentence);
  });
});
