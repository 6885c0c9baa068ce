/**
 * The profile format (../shared/content-format.md) as zod schemas. No I/O and no UI here.
 * Field descriptions live here, once: the JSON Schema for editors is generated from them.
 */
import { z } from "zod";
import { slugify, slugPattern, slugRule } from "./slug";
import { categoryIds } from "./taxonomy";
import { dateFix } from "./written-dates";

export { slugPattern, slugRule };

/** `"Cashiers"` or `"cashiers.md"` in a list of slugs most likely means `cashiers`. */
function slugHint(input: unknown): string {
  const meant = typeof input === "string" ? slugify(input.replace(/\.md$/i, "")) : "";
  return slugPattern.test(meant) ? `not a valid slug: did you mean "${meant}"?` : `not a valid slug: use ${slugRule}`;
}

export const slugSchema = z
  .string()
  .regex(slugPattern, { error: (issue) => slugHint(issue.input) });

/** A value as the editor wrote it: `.nan` and `.inf` read as numbers JSON cannot show (it prints null). */
function written(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
  return JSON.stringify(value) ?? String(value);
}

/** What was written instead of the expected kind of value, for "got …" in messages. */
function writtenInstead(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "indented key: value lines";
  return written(value);
}

/** Text written as a number or true/false (`title: 911`) must be quoted to stay text. */
const textError = (issue: { input?: unknown }) =>
  typeof issue.input === "number" || typeof issue.input === "boolean"
    ? `write it in quotes: "${written(issue.input)}"`
    : `expected text, got ${writtenInstead(issue.input)}`;

/** An object written as something else: `fix` says how to write it. */
const objectError = (fix: string) => (issue: { input?: unknown }) => `${fix} (got ${writtenInstead(issue.input)})`;

const listError = (what = "a list") => (issue: { input?: unknown }) =>
  `expected ${what}: write one "- item" per line below the key (got ${writtenInstead(issue.input)})`;

const text = (min: number, max: number) =>
  z
    .string({ error: textError })
    .trim()
    .min(min, { error: `must be at least ${min} characters` })
    .max(max, { error: `must be at most ${max} characters` });

const wholeNumber = (what: string) =>
  z
    .number({ error: (issue) => `expected ${what}, got ${written(issue.input)}` })
    .int({ error: (issue) => `expected ${what}, got ${written(issue.input)}` });

const dollars = () => wholeNumber("a whole number of dollars").min(0, { error: "must not be negative" });

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: "must be an https:// URL" });
const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "must be an http:// or https:// URL" });

/** Latest acceptable `updated` date: today where the day starts first (UTC+14), so no editor is told their today is "the future". */
function latestAllowedDate(): string {
  return new Date(Date.now() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

const dateSchema = z
  .string({ error: (issue) => `expected a date written YYYY-MM-DD, got ${written(issue.input)}` })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `expected a date written YYYY-MM-DD, got ${written(issue.input)}${dateFix(String(issue.input))}` })
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), {
    error: "not a real calendar date",
  })
  .refine((value) => value <= latestAllowedDate(), { error: "must not be in the future" });

export const timeSplitEntrySchema = z.strictObject({
  activity: text(2, 60).describe("What the time is spent on, e.g. \"Clinical duties\"."),
  percent: wholeNumber("a whole number from 1 to 100")
    .min(1, { error: "must be at least 1" })
    .max(100, { error: "must be at most 100" })
    .describe("Share of a typical week, a whole number; all entries add up to 100."),
  detail: text(1, 200).optional().describe("Examples of this activity (up to 200 characters)."),
}, { error: objectError('each entry needs "activity:" and "percent:" lines, e.g. "- activity: Clinical duties" and below it "percent: 50"') });

/**
 * For a check of which keys a block has: run it even when another line of the block is wrong (zod
 * skips it then), so the editor sees every problem in one run.
 */
const isMapPayload = (payload: z.core.ParsePayload) =>
  typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value);

/**
 * Lets a check across fields run even when another field of the same object is wrong (zod skips it
 * then), as long as the fields it compares are numbers: the editor sees every problem in one run.
 */
function whenNumbers(required: readonly string[], optional: readonly string[] = []) {
  const isNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value);
  return {
    when: (payload: z.core.ParsePayload) => {
      const value: unknown = payload.value;
      if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
      return required.every((key) => isNumber(Reflect.get(value, key))) &&
        optional.every((key) => Reflect.get(value, key) === undefined || isNumber(Reflect.get(value, key)));
    },
  };
}

export const programLengthSchema = z
  .strictObject({
    min: z.number({ error: "expected a number" }).positive({ error: "must be greater than 0" }).describe("Shortest usual length."),
    max: z.number({ error: "expected a number" }).positive({ error: "must be greater than 0" }).describe("Longest usual length."),
    unit: z.enum(["weeks", "months", "years"], { error: "must be one of: weeks, months, years" }).describe("weeks, months or years."),
  }, { error: objectError("write it as { min: 9, max: 12, unit: months }") })
  .refine((length) => length.min <= length.max, { error: "min must not be greater than max", path: ["max"], ...whenNumbers(["min", "max"]) });

export const costSchema = z
  .strictObject({
    min: dollars().describe("Lowest usual total cost, whole US dollars."),
    max: dollars().describe("Highest usual total cost, whole US dollars."),
    typical: dollars().optional().describe("Typical total cost, whole US dollars."),
  }, { error: objectError("write it as { min: 4000, typical: 12000, max: 20000 }") })
  .superRefine((cost, ctx) => {
    if (cost.min > cost.max) ctx.addIssue({ code: "custom", path: ["max"], message: `must be at least min (${cost.min})` });
    if (cost.typical !== undefined && (cost.typical < cost.min || cost.typical > cost.max)) {
      ctx.addIssue({ code: "custom", path: ["typical"], message: `must be between min (${cost.min}) and max (${cost.max})` });
    }
  }, whenNumbers(["min", "max"], ["typical"]));

export const programSourceSchema = z.strictObject({
  title: text(2, 200).describe("Name of the page or document that states the program's length or cost."),
  url: webUrl.describe("http(s) link to it."),
}, { error: objectError('write it with "title:" and "url:" lines below it') });

export const educationSchema = z
  .strictObject({
    credentialRequired: z
      .boolean({ error: "expected true or false" })
      .default(false)
      .describe("Whether a license or certification is required to work."),
    programLength: programLengthSchema.optional().describe("Length of the usual training program."),
    cost: costSchema.optional().describe("Total cost range of the usual training program."),
    programSource: programSourceSchema.optional().describe("Where the program length and cost come from; required with either."),
  }, { error: objectError("needs indented lines below it, e.g. \"credentialRequired: true\"") })
  .superRefine((education, ctx) => {
    // A key left empty (null) has its own "is empty" error; this check runs on the block as written.
    if ((education.programLength || education.cost) && education.programSource === undefined) {
      const given = education.programLength ? "programLength" : "cost";
      ctx.addIssue({ code: "custom", path: ["programSource"], message: `${given} needs its source: add programSource with the "title:" and "url:" of the page that states it` });
    }
  }, { when: isMapPayload });

export const certificationSchema = z.strictObject({
  name: text(2, 150).describe("Full name of the certification or license."),
  abbreviation: text(1, 20).optional().describe("Short form, e.g. CMA."),
  issuer: text(2, 150).describe("The body that awards it."),
  required: z.boolean({ error: "expected true or false" }).default(false).describe("True when the job legally or usually requires it."),
  url: httpsUrl.optional().describe("https link to the issuer's page."),
}, { error: objectError('each certification needs "name:" and "issuer:" lines, e.g. "- name: Certified Medical Assistant" and below it "issuer: AAMA"') });

const epochRating = (capability: string) =>
  wholeNumber("a whole number from 1 to 5")
    .min(1, { error: "must be at least 1" })
    .max(5, { error: "must be at most 5" })
    .describe(`How much the work relies on ${capability}, 1–5 (see the methodology rubric).`);

export const epochSchema = z.strictObject({
  empathy: epochRating("empathy and emotional intelligence"),
  presence: epochRating("physical presence and being there in person"),
  opinion: epochRating("judgement, ethics and responsibility"),
  creativity: epochRating("creativity and imagination"),
  hope: epochRating("vision, leadership and motivating others"),
}, { error: objectError("needs five ratings, written { empathy: 3, presence: 4, opinion: 3, creativity: 2, hope: 2 }") });

export const aiResilienceSchema = z.strictObject({
  exposurePercent: z
    .number({ error: (issue) => `expected a number from 0 to 100, got ${written(issue.input)}` })
    .min(0, { error: "must be at least 0" })
    .max(100, { error: "must be at most 100" })
    .optional()
    .describe("Only where the national dataset has no exposure for the code: share of the job's tasks that AI can accelerate, in percent."),
  exposureSource: text(2, 200).optional().describe("Only with exposurePercent: where that figure comes from."),
  epoch: epochSchema.describe("Editorial EPOCH ratings, 1–5 each."),
}, { error: objectError('needs an indented "epoch:" line below it') })
  .superRefine((ai, ctx) => {
    // A key left empty (null) has its own "is empty" error; this check runs on the block as written.
    if (ai.exposurePercent != null && ai.exposureSource === undefined) {
      ctx.addIssue({ code: "custom", path: ["exposureSource"], message: "exposurePercent needs its source: add exposureSource" });
    }
    if (ai.exposureSource != null && ai.exposurePercent === undefined) {
      ctx.addIssue({ code: "custom", path: ["exposurePercent"], message: "exposureSource is given without exposurePercent: add the figure or delete the source" });
    }
  }, { when: isMapPayload });

export const videoSchema = z.strictObject({
  url: httpsUrl.describe("https URL of the video file."),
  poster: httpsUrl.optional().describe("Not shown: a page loads nothing from another site before the reader presses play."),
  title: text(2, 150).optional().describe("Title of the video."),
}, { error: objectError('needs an indented "url:" line below it') });

export const sourceSchema = z.strictObject({
  title: text(2, 200).describe("Name of the source."),
  url: webUrl.describe("http(s) link to the source."),
}, { error: objectError('each source needs "title:" and "url:" lines, e.g. "- title: BLS Employment Projections" and below it "url: https://…"') });

const stringList = (itemMin: number, itemMax: number, max: number) =>
  z.array(text(itemMin, itemMax), { error: listError() }).max(max, { error: `at most ${max} entries` });

export const profileSchema = z.strictObject({
  title: text(2, 100).describe("Plural job title, e.g. \"Medical Assistants\"."),
  summary: text(20, 300).describe("One sentence shown under the title and in link previews."),
  category: z.enum(categoryIds, { error: "not a known category id" })
    .describe("Occupational group id."),
  socCode: z.string({ error: "expected a code in quotes, e.g. \"31-9092\"" })
    .regex(/^\d{2}-\d{4}$/, { error: "expected a SOC 2018 code written NN-NNNN, e.g. \"31-9092\"" })
    .describe("SOC 2018 code, NN-NNNN: joins the national figures (pay, outlook, entry education, AI exposure)."),
  onetCode: z.string({ error: "expected a code in quotes, e.g. \"31-9092.00\"" })
    .regex(/^\d{2}-\d{4}\.\d{2}$/, { error: "expected an O*NET-SOC code written NN-NNNN.NN, e.g. \"31-9092.00\"" })
    .optional().describe("O*NET-SOC code, NN-NNNN.NN."),
  aliases: stringList(1, 100, 30).optional().describe("Other titles for the job (also known as); searched."),
  duties: stringList(10, 300, 20).min(3, { error: "at least 3 duties" }).describe("Key responsibilities, 3–20."),
  timeSplit: z
    .array(timeSplitEntrySchema, { error: listError("a list of activities") })
    .min(2, { error: "at least 2 activities" })
    .max(8, { error: "at most 8 activities" })
    .superRefine((entries, ctx) => {
      const total = entries.reduce((sum, entry) => sum + entry.percent, 0);
      if (total !== 100) ctx.addIssue({ code: "custom", message: `percents add up to ${total}, not 100` });
    })
    .describe("How a typical week divides between kinds of work; percents add up to 100."),
  education: educationSchema.optional().describe("What the national dataset does not hold about getting in: credential, program length and cost."),
  certifications: z.array(certificationSchema, { error: listError() }).max(12, { error: "at most 12 entries" })
    .optional().describe("Certifications and licenses in the field."),
  aiResilience: aiResilienceSchema.describe("Inputs of the AI resilience score (the score itself is computed)."),
  skills: stringList(1, 100, 30).optional().describe("Technology skills and tools."),
  abilities: stringList(1, 100, 30).optional().describe("Key abilities."),
  related: z.array(slugSchema, { error: listError("a list of profile slugs") }).max(12, { error: "at most 12 entries" })
    .optional().describe("Slugs of related profiles."),
  video: videoSchema.optional().describe("A video about the job."),
  sources: z.array(sourceSchema, { error: listError() }).optional().describe("Sources of the figures and facts."),
  redirectFrom: z.array(slugSchema, { error: listError("a list of old slugs") }).max(50, { error: "at most 50 old slugs" }).optional()
    .describe("Old slugs that redirect permanently to this profile."),
  updated: dateSchema.describe("Date the editorial content was last reviewed, YYYY-MM-DD."),
  draft: z.boolean({ error: "expected true or false" }).default(false).describe("Drafts show only in development."),
});

export type ProfileData = z.infer<typeof profileSchema>;
export type TimeSplitEntry = z.infer<typeof timeSplitEntrySchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type Epoch = z.infer<typeof epochSchema>;
export type Education = z.infer<typeof educationSchema>;
export type AiResilienceInputs = z.infer<typeof aiResilienceSchema>;
export type Source = z.infer<typeof sourceSchema>;
