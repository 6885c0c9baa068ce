/**
 * Stage 2 of loading: a valid profile meets its national figures through `socCode`. Each rule of the
 * join with its exact message, the exposure a profile may give for an unrated code, and the figures
 * and score a real profile ends up with.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { joinProfile, retiredKeyErrors } from "@/lib/catalog/join";
import { readSource } from "@/lib/content/source";
import { validateFrontMatter } from "@/lib/content/validate";
import { loadText, minimalProfile, testDataset } from "./helpers";

const dataset = testDataset();
const edit = (from: string | RegExp, to: string) => minimalProfile.replace(from, to);
const withCode = (socCode: string, text = minimalProfile) => text.replace('socCode: "51-4081"', `socCode: "${socCode}"`);
const withAi = (lines: string, text = minimalProfile) => text.replace("aiResilience:\n", `aiResilience:\n${lines}`);

/** The file's errors as `file:line:column  field  detail`. */
const errorsOf = (text: string) => loadText("careers/joined.md", text).problems.filter((problem) => problem.severity === "error").map((problem) => problem.message);

/** A file's front matter, validated (the input of the join stage). */
function validated(text: string) {
  const read = readSource("careers/joined.md", new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.errors.join("\n"));
  const result = validateFrontMatter("careers/joined.md", read.source);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return { source: read.source, data: result.data, retired: result.retired };
}

describe("socCode", () => {
  it("must be a code of the dataset; the message suggests the occupation whose title is closest", () => {
    const text = withCode("29-2071", edit("title: Minimal Profile Examples", "title: Medical Records Specialists"));
    expect(errorsOf(text)).toEqual([
      'careers/joined.md:5:10  socCode  "29-2071" is not an occupation of the national dataset (SOC 2018 detailed codes): did you mean "29-2072" (Medical Records Specialists)?',
    ]);
  });

  it("points to the BLS list of codes when no title is close", () => {
    expect(errorsOf(withCode("51-4099"))).toEqual([
      'careers/joined.md:5:10  socCode  "51-4099" is not an occupation of the national dataset (SOC 2018 detailed codes): look the code up at https://www.bls.gov/oes/current/oes_stru.htm',
    ]);
  });

  it("joins nothing for an unknown code, so no career is made", () => {
    const { data, source } = validated(withCode("51-4099"));
    const result = joinProfile("careers/joined.md", data, source, dataset);
    expect(result.joined).toBeUndefined();
    expect(result.problems.map((problem) => problem.field)).toEqual(["socCode"]);
    expect(loadText("careers/joined.md", withCode("51-4099")).career).toBeUndefined();
  });
});

describe("onetCode", () => {
  it("must be an O*NET code of the profile's occupation", () => {
    expect(errorsOf(edit('socCode: "51-4081"\n', 'socCode: "51-4081"\nonetCode: "51-4041.00"\n'))).toEqual([
      'careers/joined.md:6:11  onetCode  "51-4041.00" is an O*NET code of another occupation: the codes of 51-4081 start with "51-4081." (e.g. "51-4081.00")',
    ]);
  });

  it("may be any O*NET code of the occupation, not only .00", () => {
    for (const onetCode of ["51-4081.00", "51-4081.01"]) expect(errorsOf(edit('socCode: "51-4081"\n', `socCode: "51-4081"\nonetCode: "${onetCode}"\n`))).toEqual([]);
  });
});

describe("AI exposure", () => {
  it("written where the dataset has one is an error that names the dataset's value", () => {
    const text = withCode("31-9092", withAi("  exposurePercent: 36\n  exposureSource: GPTs are GPTs\n"));
    expect(errorsOf(text)).toEqual([
      "careers/joined.md:16:3  aiResilience.exposurePercent  AI task exposure comes from the national dataset (GPTs are GPTs (Eloundou et al., Science 2024), β, 31-9092: 35.9%): delete this line and exposureSource",
    ]);
    // The dataset's figure is the one joined, never the profile's.
    expect(loadText("careers/joined.md", text).career?.exposure).toMatchObject({ percent: 35.9, rule: "onet-code" });
  });

  it("written where the dataset has one is reported also when the rest of the file is invalid", () => {
    const text = withCode("31-9092", withAi("  exposurePercent: 36\n  exposureSource: GPTs are GPTs\n", edit("title: Minimal Profile Examples", "title: X")));
    expect(errorsOf(text)).toEqual([
      "careers/joined.md:2:8  title  must be at least 2 characters",
      "careers/joined.md:16:3  aiResilience.exposurePercent  AI task exposure comes from the national dataset (GPTs are GPTs (Eloundou et al., Science 2024), β, 31-9092: 35.9%): delete this line and exposureSource",
    ]);
  });

  it("given with its source under a code the dataset leaves unrated, is used for the score", () => {
    const text = withCode("11-9039", withAi("  exposurePercent: 20\n  exposureSource: Our estimate from the O*NET tasks of the occupation\n"));
    const { career, problems } = loadText("careers/joined.md", text);
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(career?.exposure).toEqual({ percent: 20, rule: "profile", from: [], source: "Our estimate from the O*NET tasks of the occupation" });
    // Low exposure 20 (2) + stable growth 2.5% (1) + EPOCH 10 (0).
    expect(career?.score).toMatchObject({
      total: 3,
      tier: "ai-augmented",
      exposure: { percent: 20, points: 2, level: "Low" },
      growth: { percent: 2.5, points: 1, level: "Stable" },
      humanAdvantage: { sum: 10, points: 0, level: "Weak" },
    });
  });

  it("left out under a code the dataset leaves unrated: no score, and no error", () => {
    const { career, problems } = loadText("careers/joined.md", withCode("11-9039"));
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(career).toBeDefined();
    expect(career?.exposure).toBeUndefined();
    expect(career?.score).toBeUndefined();
    expect(career?.figures.wages?.median).toBe(95200);
  });
});

describe("keys whose figures now come from the dataset", () => {
  const retiredText = edit("aiResilience:\n", [
    "salary:", "  median: 45000", "  year: 2023", "  source: BLS OEWS",
    "outlook:", "  growthPercent: 14", '  period: "2023-2033"', "  source: BLS Employment Projections",
    "education:", "  entryLevel: high-school", "  workExperience: None", "  onTheJobTraining: Moderate-term on-the-job training", "  credentialRequired: true",
    "aiResilience:", "",
  ].join("\n"));

  it("are each an error at the key, with the dataset's value and what to delete", () => {
    expect(errorsOf(retiredText)).toEqual([
      "careers/joined.md:15:1  salary  pay comes from the national dataset (OEWS May 2025, 51-4081: median $47,180): delete this block",
      "careers/joined.md:19:1  outlook  employment and growth come from the national dataset (Employment Projections 2024–34, 51-4081: \u22120.5% over 2024–2034, 12,800 openings a year): delete this block",
      "careers/joined.md:24:3  education.entryLevel  the entry education comes from the national dataset (Employment Projections 2024–34, 51-4081: High school diploma or equivalent): delete this line",
      "careers/joined.md:25:3  education.workExperience  the work experience comes from the national dataset (Employment Projections 2024–34, 51-4081: None): delete this line",
      "careers/joined.md:26:3  education.onTheJobTraining  the on-the-job training comes from the national dataset (Employment Projections 2024–34, 51-4081: Moderate-term on-the-job training): delete this line",
    ]);
  });

  it("are taken out before the schema, so they are never 'unknown keys' and the rest of education still counts", () => {
    const { data, retired } = validated(retiredText);
    expect(retired.map(({ key, at }) => [key.join("."), at.line, at.column])).toEqual([
      ["salary", 15, 1], ["outlook", 19, 1], ["education.entryLevel", 24, 3], ["education.workExperience", 25, 3], ["education.onTheJobTraining", 26, 3],
    ]);
    expect(data.education).toEqual({ credentialRequired: true });
    expect(Object.keys(data)).not.toContain("salary");
  });

  it("say the pay is not published where BLS did not publish it", () => {
    const salary = "salary:\n  median: 45000\n";
    // Actors: OEWS publishes an hourly wage only; Legislators: OEWS has no row at all.
    expect(errorsOf(withCode("27-2011", edit("aiResilience:\n", `${salary}aiResilience:\n`)))).toEqual([
      "careers/joined.md:15:1  salary  pay comes from the national dataset (OEWS May 2025, 27-2011: median not published): delete this block",
    ]);
    expect(errorsOf(withCode("11-1031", edit("aiResilience:\n", `${salary}aiResilience:\n`)))).toEqual([
      "careers/joined.md:15:1  salary  pay comes from the national dataset (OEWS May 2025, 11-1031: median not published): delete this block",
    ]);
  });

  it("name only the source when the file's code is unknown", () => {
    const { retired } = validated(retiredText);
    expect(retiredKeyErrors("careers/joined.md", retired, undefined, dataset).map((error) => error.detail)).toEqual([
      "pay comes from the national dataset (OEWS May 2025): delete this block",
      "employment and growth come from the national dataset (Employment Projections 2024–34): delete this block",
      "the entry education comes from the national dataset (Employment Projections 2024–34): delete this line",
      "the work experience comes from the national dataset (Employment Projections 2024–34): delete this line",
      "the on-the-job training comes from the national dataset (Employment Projections 2024–34): delete this line",
    ]);
  });
});

describe("a real profile", () => {
  it("medical assistants loads with the dataset's figures and a score of 4", () => {
    const file = path.resolve(import.meta.dirname, "../../content/careers/medical-assistants.md");
    const { career, problems } = loadText("content/careers/medical-assistants.md", readFileSync(file));
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(career?.figures.wages?.median).toBe(45690);
    expect(career?.figures.projections?.percentChange).toBe(12.5);
    expect(career?.exposure).toMatchObject({ percent: 35.9, rule: "onet-code" });
    // Medium exposure 35.9 (1) + growing 12.5% (2) + EPOCH 14 (1).
    expect(career?.score).toMatchObject({ total: 4, tier: "ai-augmented", humanAdvantage: { sum: 14, points: 1 } });
    expect(career?.score?.sentence).toBe("Score 4/6: growing job demand means AI will assist but humans remain essential");
  });
});
