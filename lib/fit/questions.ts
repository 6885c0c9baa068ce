/**
 * The "Careers that fit you" questionnaire, written by editors in content/fit.yml: the six RIASEC
 * areas in plain words with example careers, and 30 everyday activities, five per area. Validated
 * like a profile: every problem is a ContentError with its line, column and field. Pure but for
 * `loadQuestionnaire`, which reads the file.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { contentRoot, isDevelopment } from "../catalog";
import { ContentError, formatErrors, formatFieldPath } from "../content/errors";
import { slugPattern } from "../content/slug";
import { parseYaml } from "../content/source";
import { closestKey } from "../content/suggest";
import { positionOf, type Located } from "../content/yaml-position";
import { riasec, type InterestArea } from "../dataset/figures";
import { activitiesPerArea, activityCount } from "./shape";


const text = (min: number, max: number) =>
  z.string({ error: "expected text" }).trim().min(min, { error: `must be at least ${min} characters` }).max(max, { error: `must be at most ${max} characters` });

const areaSchema = z.strictObject({
  name: text(3, 20),
  short: text(3, 40),
  description: text(20, 240),
  examples: z.array(z.string({ error: "expected a career's address" }).regex(slugPattern, { error: "expected a career's address, like registered-nurses" }), { error: "expected a list of careers' addresses" })
    .min(3, { error: "name at least 3 example careers" })
    .max(6, { error: "name at most 6 example careers" }),
});

const activitySchema = z.strictObject({
  area: z.enum(riasec, { error: `expected one of ${riasec.join(", ")}` }),
  text: text(15, 90),
});

const questionnaireSchema = z.strictObject({
  areas: z.strictObject(Object.fromEntries(riasec.map((area) => [area, areaSchema])) as Record<InterestArea, typeof areaSchema>),
  activities: z.array(activitySchema, { error: "expected a list of activities" }).length(activityCount, { error: `expected exactly ${activityCount} activities, ${activitiesPerArea} for each area` }),
});

export type AreaText = z.infer<typeof areaSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;

function located(file: string, where: Located, path: ReadonlyArray<PropertyKey>, detail: string, at: "key" | "value" = "value"): ContentError {
  const position = positionOf(where, path, at) ?? { line: 1, column: 1 };
  return new ContentError("schema", file, position.line, position.column, formatFieldPath(path) || "(file)", detail);
}

/** Rules across entries: five activities per area, no activity twice, example careers that exist (when `knownSlugs` is given). */
function crossChecks(file: string, where: Located, questionnaire: Questionnaire, knownSlugs?: ReadonlySet<string>): ContentError[] {
  const errors: ContentError[] = [];
  for (const area of riasec) {
    const count = questionnaire.activities.filter((activity) => activity.area === area).length;
    if (count !== activitiesPerArea) errors.push(located(file, where, ["activities"], `${area} has ${count} activities; each area needs ${activitiesPerArea}`, "key"));
  }
  const seen = new Map<string, number>();
  questionnaire.activities.forEach((activity, index) => {
    const key = activity.text.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) errors.push(located(file, where, ["activities", index, "text"], `the same activity as activities[${first}]`));
    else seen.set(key, index);
  });
  if (knownSlugs) {
    for (const area of riasec) {
      questionnaire.areas[area].examples.forEach((slug, index) => {
        if (knownSlugs.has(slug)) return;
        const suggestion = closestKey(slug, [...knownSlugs]);
        errors.push(located(file, where, ["areas", area, "examples", index], `no career is published at /careers/${slug}${suggestion ? ` — did you mean "${suggestion}"?` : ""}`));
      });
    }
  }
  return errors;
}

export type QuestionnaireResult = { ok: true; questionnaire: Questionnaire } | { ok: false; errors: ContentError[] };

/** Reads the questionnaire's YAML; `knownSlugs` (the published careers) checks the example careers. */
export function parseQuestionnaire(file: string, yaml: string, knownSlugs?: ReadonlySet<string>): QuestionnaireResult {
  const parsed = parseYaml(file, yaml, "(yaml)");
  if (!parsed.ok) return parsed;
  const result = questionnaireSchema.safeParse(parsed.data);
  if (!result.success) {
    const errors = result.error.issues.map((issue) => {
      const unknown = issue.code === "unrecognized_keys" ? issue.keys : [];
      if (unknown.length > 0) {
        const known = issue.path.length === 0 ? ["areas", "activities"] : issue.path[0] === "areas" && issue.path.length === 1 ? [...riasec] : issue.path[0] === "areas" ? ["name", "short", "description", "examples"] : ["area", "text"];
        const suggestion = closestKey(unknown[0], known);
        return located(file, parsed, [...issue.path, unknown[0]], `unknown key${suggestion ? ` — did you mean "${suggestion}"?` : ""}`, "key");
      }
      return located(file, parsed, issue.path, issue.message);
    });
    return { ok: false, errors };
  }
  const errors = crossChecks(file, parsed, result.data, knownSlugs);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, questionnaire: result.data };
}

/** The questionnaire file of a content folder; a missing file is one located problem. */
export function loadQuestionnaire(file: string, displayName = file, knownSlugs?: ReadonlySet<string>): QuestionnaireResult {
  if (!existsSync(file)) return { ok: false, errors: [new ContentError("file", displayName, 1, 1, "(file)", "the fit questionnaire is missing: /fit needs it")] };
  return parseQuestionnaire(displayName, readFileSync(file, "utf8"), knownSlugs);
}

let cached: Questionnaire | undefined;

/**
 * The questionnaire for pages, from `<content>/fit.yml`: read once in production, on every call in
 * development (so edits show). The content check (and so the build) refuses a broken file; should
 * one reach a server anyway, /fit fails loudly rather than asking the wrong questions.
 */
export function getQuestionnaire(): Questionnaire {
  if (cached && !isDevelopment) return cached;
  const file = path.join(contentRoot(), "fit.yml");
  const result = loadQuestionnaire(file, path.relative(process.cwd(), file));
  if (!result.ok) throw new Error(`The fit questionnaire cannot be read; fix these:\n${formatErrors(result.errors)}`);
  cached = result.questionnaire;
  return cached;
}

/** Each area's name as the questionnaire writes it ("Realistic"). */
export function areaNamesOf(questionnaire: Questionnaire): Record<InterestArea, string> {
  return Object.fromEntries(riasec.map((area) => [area, questionnaire.areas[area].name])) as Record<InterestArea, string>;
}
