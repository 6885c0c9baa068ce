import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseQuestionnaire } from "@/lib/fit/questions";
import { riasec } from "@/lib/dataset/figures";
import { allOccupations, questionnaireFile, siteQuestionnaire } from "./fit-fixtures";

const yaml = readFileSync(questionnaireFile, "utf8");
const file = "content/fit.yml";
const parse = (text: string, known?: ReadonlySet<string>) => parseQuestionnaire(file, text, known);
const errorsOf = (text: string, known?: ReadonlySet<string>) => {
  const result = parse(text, known);
  return result.ok ? [] : result.errors.map((error) => ({ line: error.line, field: error.field, detail: error.detail }));
};
const lineOf = (needle: string) => yaml.split("\n").findIndex((line) => line.includes(needle)) + 1;

describe("the questionnaire the site ships (content/fit.yml)", () => {
  it("is valid, with five activities for each area and example careers that are published", () => {
    const slugs = new Set([...readdirSync(path.resolve("content/careers")).map((name) => name.replace(/\.md$/, "")), ...allOccupations().map((o) => o.slug)]);
    expect(errorsOf(yaml, slugs)).toEqual([]);
    const questionnaire = siteQuestionnaire();
    for (const area of riasec) expect(questionnaire.activities.filter((activity) => activity.area === area)).toHaveLength(5);
  });

  it("asks the areas in turn, so no area's activities come in a block", () => {
    const areas = siteQuestionnaire().activities.map((activity) => activity.area);
    for (let index = 1; index < areas.length; index++) expect(areas[index]).not.toBe(areas[index - 1]);
  });
});

describe("a questionnaire with mistakes", () => {
  it("names the line and field of a misspelt key, with the key meant", () => {
    expect(errorsOf(yaml.replace("    short: Creating", "    shrot: Creating"))).toEqual(
      expect.arrayContaining([{ line: lineOf("short: Creating"), field: "areas.artistic.shrot", detail: 'unknown key — did you mean "short"?' }]),
    );
  });

  it("refuses an area with four activities, or an activity written twice", () => {
    const moved = yaml.replace("  - area: realistic\n    text: Fix a bike", "  - area: investigative\n    text: Fix a bike");
    expect(errorsOf(moved).map((error) => error.detail)).toEqual(
      expect.arrayContaining(["realistic has 4 activities; each area needs 5", "investigative has 6 activities; each area needs 5"]),
    );
    const twice = yaml.replace("text: Draw, paint or design something that looks just right", "text: Fix a bike, a leaky tap or something else that broke at home");
    expect(errorsOf(twice)).toEqual([{ line: lineOf("Draw, paint or design"), field: "activities[2].text", detail: "the same activity as activities[0]" }]);
  });

  it("refuses a 31st activity, an unknown area and an example career that is not published", () => {
    expect(errorsOf(`${yaml}  - area: social\n    text: Organize a party for your friends\n`).map((error) => error.detail)).toContain("expected exactly 30 activities, 5 for each area");
    expect(errorsOf(yaml.replace("  - area: social\n    text: Coach", "  - area: sociable\n    text: Coach"))[0]).toMatchObject({ field: "activities[27].area", detail: expect.stringMatching(/^expected one of realistic/) });
    expect(errorsOf(yaml.replace("[electricians,", "[electrician,"), new Set(["electricians", "carpenters"]))).toEqual(
      expect.arrayContaining([{ line: lineOf("[electricians,"), field: "areas.realistic.examples[0]", detail: 'no career is published at /careers/electrician — did you mean "electricians"?' }]),
    );
  });

  it("reports broken YAML at its line instead of throwing", () => {
    const result = parse("areas: [\n");
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.errors[0].kind).toBe("yaml");
  });
});
