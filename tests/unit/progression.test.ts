import { describe, expect, it } from "vitest";
import { careerProgression, stageFigures } from "@/lib/catalog/progression";

describe("career progression comes from the percentiles present", () => {
  it("names all five stages in order", () => {
    const stages = careerProgression({ median: 42000, p10: 33500, p25: 36780, p75: 47220, p90: 56480, year: 2023, source: "BLS" });
    expect(stages.map((stage) => [stage.label, stage.amount])).toEqual([
      ["Entry", 33500], ["Early career", 36780], ["Mid-career", 42000], ["Experienced", 47220], ["Expert", 56480],
    ]);
  });

  it("leaves out percentiles that are missing", () => {
    const stages = careerProgression({ median: 180000, p10: 90000, p25: 120000, year: 2021, source: "BLS" });
    expect(stages.map((stage) => stage.key)).toEqual(["p10", "p25", "median"]);
  });

  it("keeps the unpublished stages in place, without an amount, for the chart to say so", () => {
    const stages = stageFigures({ median: 127990, p10: 61400, p25: 81620, p75: 194580, year: 2021, source: "BLS" });
    expect(stages.map((stage) => [stage.label, stage.amount])).toEqual([
      ["Entry", 61400], ["Early career", 81620], ["Mid-career", 127990], ["Experienced", 194580], ["Expert", undefined],
    ]);
  });
});
