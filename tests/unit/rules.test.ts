/** One fixture per rule of the format: each must give exactly the located error the editor needs. */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fixtures, loadInvalid, loadText, loadTree, minimalProfile } from "./helpers";

const cases: Array<[fixture: string, line: number, column: number, field: string, message: RegExp]> = [
  ["missing-title", 2, 1, "title", /^required: add "title"$/],
  ["title-too-short", 2, 8, "title", /^must be at least 2 characters$/],
  ["summary-too-long", 3, 10, "summary", /^must be at most 300 characters$/],
  ["unknown-category", 4, 11, "category", /^not a known category id: use one of the ids listed in content\/README\.md/],
  ["soc-code-format", 5, 10, "socCode", /^expected a SOC 2018 code written NN-NNNN, e\.g\. "31-9092"$/],
  ["soc-code-unknown", 5, 10, "socCode", /^"29-2071" is not an occupation of the national dataset \(SOC 2018 detailed codes\): did you mean "29-2072" \(Medical Records Specialists\)\?$/],
  ["onet-code-format", 6, 11, "onetCode", /^expected an O\*NET-SOC code written NN-NNNN\.NN, e\.g\. "31-9092\.00"$/],
  ["onet-code-other-occupation", 6, 11, "onetCode", /^"51-4041\.00" is an O\*NET code of another occupation: the codes of 51-4081 start with "51-4081\." \(e\.g\. "51-4081\.00"\)$/],
  ["too-few-duties", 7, 3, "duties", /^at least 3 duties$/],
  ["duty-too-short", 8, 5, "duties[1]", /^must be at least 10 characters$/],
  ["time-split-not-100", 11, 3, "timeSplit", /^percents add up to 90, not 100$/],
  ["time-split-percent-fraction", 14, 14, "timeSplit[1].percent", /^expected a whole number from 1 to 100, got 40\.5$/],
  ["program-length-min-over-max", 16, 34, "education.programLength.max", /^min must not be greater than max$/],
  ["cost-typical-out-of-range", 16, 31, "education.cost.typical", /^must be between min \(1000\) and max \(3000\)$/],
  ["program-cost-without-source", 15, 1, "education.programSource", /^cost needs its source: add programSource with the "title:" and "url:" of the page that states it$/],
  ["certification-missing-issuer", 16, 5, "certifications[0].issuer", /^required: add "issuer"$/],
  ["certification-url-not-https", 18, 10, "certifications[0].url", /^must be an https:\/\/ URL$/],
  ["exposure-over-100", 16, 20, "aiResilience.exposurePercent", /^must be at most 100$/],
  ["exposure-without-source", 15, 1, "aiResilience.exposureSource", /^exposurePercent needs its source: add exposureSource$/],
  ["exposure-where-dataset-has-one", 16, 3, "aiResilience.exposurePercent",
    /^AI task exposure comes from the national dataset \(GPTs are GPTs \(Eloundou et al\., Science 2024\), β, 31-9092: 35\.9%\): delete this line and exposureSource$/],
  ["epoch-out-of-range", 16, 21, "aiResilience.epoch.empathy", /^must be at most 5$/],
  ["epoch-missing-capability", 16, 3, "aiResilience.epoch.hope", /^required: add "hope"$/],
  ["updated-in-future", 17, 10, "updated", /^must not be in the future$/],
  ["updated-not-a-date", 17, 10, "updated", /^not a real calendar date$/],
  ["draft-not-boolean", 18, 8, "draft", /^expected true or false$/],
  ["related-not-a-slug", 19, 5, "related[0]", /^not a valid slug: did you mean "dental-assistants"\?$/],
  ["video-url-not-https", 19, 8, "video.url", /^must be an https:\/\/ URL$/],
  ["source-javascript-url", 20, 10, "sources[0].url", /^must be an http:\/\/ or https:\/\/ URL$/],
  ["unknown-key-typo", 3, 1, "sumary", /^unknown key — did you mean "summary"\? \(rename it\)$/],
  ["unknown-nested-key", 16, 3, "education.credentialRequred", /^unknown key — did you mean "credentialRequired"\? \(rename it\)$/],
  // v1 keys whose figures now come from the national dataset: the message gives the dataset's value.
  ["salary-retired", 15, 1, "salary", /^pay comes from the national dataset \(OEWS May 2025, 31-9092: median \$45,690\): delete this block$/],
  ["salary-retired-in-invalid-profile", 15, 1, "salary", /^pay comes from the national dataset \(OEWS May 2025, 31-9092: median \$45,690\): delete this block$/],
  ["salary-retired-unknown-code", 15, 1, "salary", /^pay comes from the national dataset \(OEWS May 2025\): delete this block$/],
  ["outlook-retired", 15, 1, "outlook",
    /^employment and growth come from the national dataset \(Employment Projections 2024–34, 31-9092: \+12\.5% over 2024–2034, 112,300 openings a year\): delete this block$/],
  ["entry-level-retired", 16, 3, "education.entryLevel",
    /^the entry education comes from the national dataset \(Employment Projections 2024–34, 31-9092: Postsecondary nondegree award\): delete this line$/],
  ["education-categories-retired", 16, 3, "education.workExperience",
    /^the work experience comes from the national dataset \(Employment Projections 2024–34, 21-1018: None\): delete this line$/],
  ["education-categories-retired", 17, 3, "education.onTheJobTraining",
    /^the on-the-job training comes from the national dataset \(Employment Projections 2024–34, 21-1018: Internship\/residency\): delete this line$/],
  ["yaml-syntax-error", 2, 8, "title", /^the \[ that starts this value is not closed: end it with \] on the same line$/],
  ["duplicate-key", 3, 1, "title", /^written twice \(also on line 2\): keep one$/],
  ["yaml-alias-bomb", 1, 1, "front matter", /^too many YAML aliases \(\*name\): write the values out instead$/],
  ["no-front-matter", 1, 1, "front matter", /^the file must start with a line of three dashes \(---\)/],
  ["unclosed-front-matter", 1, 1, "front matter", /^the front matter is not closed: add a line of three dashes \(---\) after the last field$/],
  ["body-too-short", 19, 1, "body", /^the narrative has 5 words; write at least 80 below the front matter$/],
  ["body-top-level-heading", 20, 1, "body", /^a # heading is not allowed/],
  ["not-utf8", 3, 17, "file", /^the file is not valid UTF-8: save it with UTF-8 encoding$/],
  ["Bad_File_Name", 1, 1, "file name", /^"Bad_File_Name" is not a valid slug .*: rename it to bad-file-name\.md$/],
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

  it("has a case for every invalid fixture", () => {
    const named = new Set(cases.map(([fixture]) => fixture));
    expect(readdirSync(path.join(fixtures, "invalid")).map((name) => name.replace(/\.md$/, "")).filter((name) => !named.has(name))).toEqual([]);
  });

  it("reports a retired key and the other problems of the file together", () => {
    const { problems } = loadInvalid("salary-retired-in-invalid-profile");
    expect(problems.filter((problem) => problem.severity === "error").map((problem) => problem.message).sort()).toEqual([
      "invalid/salary-retired-in-invalid-profile.md:11:3  timeSplit  percents add up to 90, not 100",
      "invalid/salary-retired-in-invalid-profile.md:15:1  salary  pay comes from the national dataset (OEWS May 2025, 31-9092: median $45,690): delete this block",
    ]);
  });

  it("keeps a profile whose only problem is a retired key out of the catalog", () => {
    const catalog = loadTree({ "salary-retired.md": readFileSync(path.join(fixtures, "invalid", "salary-retired.md")) });
    expect(catalog.errors.map((error) => [error.field, error.detail])).toEqual([
      ["salary", "pay comes from the national dataset (OEWS May 2025, 31-9092: median $45,690): delete this block"],
    ]);
    expect(catalog.careers).toEqual([]);
    // Its occupation is still listed, with its figures only.
    expect(catalog.occupations.find((occupation) => occupation.socCode === "31-9092")).toMatchObject({ kind: "figures", slug: "medical-assistants" });
  });

  it("suggests the closest allowed value for a misspelt choice", () => {
    const { problems } = loadText("x/typo.md", minimalProfile.replace("category: production", "category: healthcre"));
    expect(problems.map((problem) => problem.message)).toEqual([
      'x/typo.md:4:11  category  not a known category id — did you mean "healthcare"?',
    ]);
  });
});
