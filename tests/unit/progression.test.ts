import { describe, expect, it } from "vitest";
import { careerProgression, stageFigures } from "@/lib/catalog/progression";
import type { Wages } from "@/lib/dataset/figures";

/** OEWS wages as the dataset holds them; `null` is a figure BLS did not publish. */
const wages = (figures: Partial<Wages>): Wages => ({
  p10: null, p25: null, median: null, p75: null, p90: null, hourlyMedian: null, employment: null, release: "May 2025", ...figures,
});

describe("career progression comes from the published percentiles", () => {
  it("names all five stages in order", () => {
    const stages = careerProgression(wages({ p10: 36050, p25: 38470, median: 45690, p75: 49180, p90: 59310 }));
    expect(stages.map((stage) => [stage.label, stage.amount])).toEqual([
      ["Entry", 36050], ["Early career", 38470], ["Mid-career", 45690], ["Experienced", 49180], ["Expert", 59310],
    ]);
  });

  it("leaves out percentiles BLS did not publish", () => {
    const stages = careerProgression(wages({ median: 180000, p10: 90000, p25: 120000 }));
    expect(stages.map((stage) => stage.key)).toEqual(["p10", "p25", "median"]);
  });

  it("keeps the unpublished stages in place, without an amount, for the chart to say so", () => {
    const stages = stageFigures(wages({ median: 127990, p10: 61400, p25: 81620, p75: 194580 }));
    expect(stages.map((stage) => [stage.label, stage.amount])).toEqual([
      ["Entry", 61400], ["Early career", 81620], ["Mid-career", 127990], ["Experienced", 194580], ["Expert", undefined],
    ]);
  });

  it("has no stages for an occupation without wages (Legislators) or with hourly wages only (Actors)", () => {
    expect(careerProgression(undefined)).toEqual([]);
    expect(careerProgression(wages({ hourlyMedian: 29.05, employment: 55000 }))).toEqual([]);
  });
});
