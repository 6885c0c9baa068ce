/** One fixture per rule of the format: each must give exactly the located error the editor needs. */
import { describe, expect, it } from "vitest";
import { loadInvalid } from "./helpers";

const cases: Array<[fixture: string, line: number, column: number, field: string, message: RegExp]> = [
  ["missing-title", 2, 1, "title", /required: add "title"/],
  ["title-too-short", 2, 8, "title", /at least 2 characters/],
  ["summary-too-long", 3, 10, "summary", /at most 300 characters/],
  ["unknown-category", 4, 11, "category", /not a known category/],
  ["soc-code-format", 5, 10, "socCode", /NN-NNNN/],
  ["onet-code-format", 5, 11, "onetCode", /NN-NNNN\.NN/],
  ["too-few-duties", 6, 3, "duties", /at least 3 duties/],
  ["duty-too-short", 7, 5, "duties[1]", /at least 10 characters/],
  ["time-split-not-100", 10, 3, "timeSplit", /^percents add up to 90, not 100$/],
  ["time-split-percent-fraction", 13, 14, "timeSplit[1].percent", /whole number from 1 to 100, got 40\.5/],
  ["unknown-entry-level", 15, 15, "education.entryLevel", /must be one of: none, high-school/],
  ["program-length-min-over-max", 16, 34, "education.programLength.max", /min must not be greater than max/],
  ["cost-typical-out-of-range", 16, 31, "education.cost.typical", /between min \(1000\) and max \(3000\)/],
  ["certification-missing-issuer", 17, 5, "certifications[0].issuer", /required: add "issuer"/],
  ["certification-url-not-https", 19, 10, "certifications[0].url", /https:\/\//],
  ["salary-not-whole-number", 17, 11, "salary.median", /^expected a whole number of dollars, got "42k"$/],
  ["salary-percentiles-out-of-order", 17, 11, "salary.median", /at least p25 \(50000\)/],
  ["salary-year-out-of-range", 18, 9, "salary.year", /2000 or later/],
  ["outlook-period-reversed", 22, 11, "outlook.period", /end year must be after the start year/],
  ["outlook-growth-out-of-range", 21, 18, "outlook.growthPercent", /at least -100/],
  ["exposure-over-100", 25, 20, "aiResilience.exposurePercent", /at most 100/],
  ["epoch-out-of-range", 26, 21, "aiResilience.epoch.empathy", /at most 5/],
  ["epoch-missing-capability", 26, 3, "aiResilience.epoch.hope", /required: add "hope"/],
  ["video-url-not-https", 28, 8, "video.url", /https:\/\//],
  ["source-javascript-url", 29, 10, "sources[0].url", /http:\/\/ or https:\/\//],
  ["related-not-a-slug", 28, 5, "related[0]", /not a valid slug/],
  ["updated-in-future", 27, 10, "updated", /must not be in the future/],
  ["updated-not-a-date", 27, 10, "updated", /not a real calendar date/],
  ["draft-not-boolean", 28, 8, "draft", /true or false/],
  ["unknown-key-typo", 16, 1, "sallary", /^unknown key — did you mean "salary"\? \(rename it\)$/],
  ["unknown-nested-key", 17, 3, "salary.medain", /did you mean "median"\?/],
  ["yaml-syntax-error", 2, 8, "title", /^the \[ that starts this value is not closed: end it with \] on the same line$/],
  ["duplicate-key", 3, 1, "title", /^written twice \(also on line 2\): keep one$/],
  ["yaml-alias-bomb", 1, 1, "front matter", /too many YAML aliases/],
  ["no-front-matter", 1, 1, "front matter", /must start with a line of three dashes/],
  ["unclosed-front-matter", 1, 1, "front matter", /not closed/],
  ["body-too-short", 29, 1, "body", /has 5 words; write at least 80/],
  ["body-top-level-heading", 30, 1, "body", /# heading is not allowed/],
  ["not-utf8", 3, 17, "file", /not valid UTF-8/],
  ["Bad_File_Name", 1, 1, "file name", /not a valid slug .*rename it to bad-file-name\.md/],
];

describe("each rule of the format reports file, line, column, field and fix", () => {
  it.each(cases)("%s → %i:%i %s", (fixture, line, column, field, message) => {
    const { problems } = loadInvalid(fixture);
    const errors = problems.filter((problem) => problem.severity === "error");
    const match = errors.find((error) => error.field === field);
    expect(match, `errors: ${errors.map((error) => error.message).join("\n")}`).toBeDefined();
    expect(match).toMatchObject({ file: `invalid/${fixture}.md`, line, column, field });
    expect(match?.detail).toMatch(message);
    expect(match?.message).toBe(`invalid/${fixture}.md:${line}:${column}  ${field}  ${match?.detail}`);
  });

  it("suggests the closest allowed value for a misspelt choice", async () => {
    const { loadCareerFile } = await import("@/lib/catalog/load");
    const { minimalProfile } = await import("./helpers");
    const { problems } = loadCareerFile("x/typo.md", new TextEncoder().encode(minimalProfile.replace("category: production", "category: healthcre")));
    expect(problems[0]?.detail).toMatch(/did you mean "healthcare"\?/);
  });
});
