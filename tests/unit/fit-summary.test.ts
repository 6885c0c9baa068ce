import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyAnswers, type FitAnswers } from "@/lib/fit/answers";
import { findFits } from "@/lib/fit/fit";
import { areaNamesOf } from "@/lib/fit/questions";
import { describeConstraints, fitDescription, fitTitle } from "@/lib/fit/summary";
import { allOccupations, siteQuestionnaire } from "./fit-fixtures";

const questionnaire = siteQuestionnaire();
const names = areaNamesOf(questionnaire);
const summarize = (answers: FitAnswers) => {
  const result = findFits(allOccupations(), questionnaire, answers);
  return { title: fitTitle(result, answers, names), description: fitDescription(result, answers) };
};

describe("a shared result's title and description", () => {
  it("name the reader's strongest interests and education limit, the best fit of each group and the limits", () => {
    const { title, description } = summarize({ ...emptyAnswers, areas: ["realistic", "investigative"], education: "associate", minPay: 40000, ai: "not-high" });
    expect(title).toBe("Careers that fit: Realistic + Investigative interests, up to an associate's degree");
    expect(description).toMatch(/^[\d,]+ careers ranked by how closely their O\*NET interest profile matches these answers\. Best fits: [^.]+\. Limits: education up to an associate's degree; pay at least \$40,000 a year; no high AI task exposure \(50% or less\)\.$/);
  });

  it("fall back to the page's own words when there is nothing to rank", () => {
    expect(summarize(emptyAnswers).title).toBe("Find careers that fit you");
    expect(summarize({ ...emptyAnswers, activities: "n".repeat(30) }).title).toBe("Find careers that fit you");
  });

  it("word every limit", () => {
    expect(describeConstraints({ ...emptyAnswers, education: "none", minPay: 25000, ai: "low", growth: "not-declining" }).map((entry) => entry.label)).toEqual([
      "No formal credential needed",
      "Pay at least $25,000 a year",
      "Low AI task exposure only (under 25%)",
      "Jobs not declining (0% or more)",
    ]);
    expect(describeConstraints(emptyAnswers)).toEqual([]);
  });
});

describe("the methodology's section on careers that fit", () => {
  const methodology = readFileSync("content/pages/methodology.md", "utf8");
  it("states the measure, the strict limits, that interests are not abilities, and O*NET's credit", () => {
    expect(methodology).toContain("## Careers that fit you");
    expect(methodology).toContain("**Pearson's correlation**");
    expect(methodology).toContain("times 2,080 hours");
    expect(methodology).toContain("Interests are not abilities");
    expect(methodology.replace(/\s+/g, " ")).toContain("used under the CC BY 4.0 license; O\\*NET® is a trademark of USDOL/ETA");
  });
});
