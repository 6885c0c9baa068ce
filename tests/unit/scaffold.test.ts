import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { careerJsonSchema, fieldInfo, type JsonSchema } from "@/lib/content/json-schema";
import { loadCareerFile, loadCatalog } from "@/lib/catalog/load";
import { datasetDir } from "@/lib/dataset/files";
import { nationalDataset } from "@/lib/dataset/national";
import { formatCount, formatGrowth, formatMoney, formatPercent, localDate } from "@/lib/site/format";
import { createProfile, markerPath, renderTemplate, templateFile, type NewProfileRequest } from "@/lib/content/scaffold";
import { prefillOccupation, type OccupationPrefill } from "@/lib/content/scaffold-occupation";
import { readSource } from "@/lib/content/source";
import { recommendedSections } from "@/lib/content/warnings";
import { contentTree, minimalProfile, profileText } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");
const template = readFileSync(path.join(root, templateFile), "utf8");
const datasetFolder = datasetDir(path.join(root, "content"));
const dataset = nationalDataset(datasetFolder);

const create = (careersDir: string, title: string | undefined, extra: Partial<NewProfileRequest> = {}) =>
  createProfile({ careersDir, template, title, displayRoot: careersDir, ...extra });

/** What `--soc <code>` finds, for a careers folder; fails the test if the code is refused. */
function prefill(careersDir: string, socCode: string): OccupationPrefill {
  const result = prefillOccupation({ socCode, careersDir, datasetFolder, displayRoot: careersDir });
  if (!result.ok) throw new Error(result.message);
  return result.prefill;
}

/** Every field path of the schema: `["education", "cost"]`, `["timeSplit", "[]", "percent"]`. */
function fieldPaths(schema: JsonSchema, prefix: string[] = []): string[][] {
  const items = schema.items;
  if (typeof items === "object" && !Array.isArray(items)) return fieldPaths(items, [...prefix, "[]"]);
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) =>
    typeof child === "object" ? [[...prefix, key], ...fieldPaths(child, [...prefix, key])] : [[...prefix, key]]);
}

/** Whether the parsed front matter has the key at `path`, stepping into the first entry of lists. */
function hasField(data: unknown, fieldPath: readonly string[]): boolean {
  let current = data;
  for (const part of fieldPath) {
    if (part === "[]") {
      if (!Array.isArray(current) || current.length === 0) return false;
      current = current[0];
    } else {
      if (current === null || typeof current !== "object" || !(part in current)) return false;
      current = Reflect.get(current, part);
    }
  }
  return true;
}

function frontMatterOf(file: string) {
  const read = readSource(file, readFileSync(file));
  if (!read.ok) throw new Error(read.errors.map(String).join("\n"));
  return read.source;
}

/** The keys of v1 that the national dataset replaced: a new draft must not invite typing them. */
const retiredLines = /^\s*(?:salary|outlook|entryLevel|workExperience|onTheJobTraining|median|growthPercent):/m;
const exposureFields = ["aiResilience.exposurePercent", "aiResilience.exposureSource"];

/** `text` with the top-level block `key:` (its line and every indented line under it) replaced; `""` deletes it. */
function replaceBlock(text: string, key: string, replacement: string): string {
  const block = new RegExp(`^${key}:.*\\n(?:[ \\t]+.*\\n)*`, "m");
  if (!block.test(text)) throw new Error(`no "${key}:" block in the draft`);
  return text.replace(block, () => (replacement === "" ? "" : `${replacement}\n`));
}

/**
 * The draft as an editor would finish it: every blank the template leaves filled in or its optional
 * block deleted, `draft: true` deleted, and the narrative written. What the scaffold wrote (title,
 * category, codes, the figures preview, the comments) is kept as it is.
 */
function finish(draft: string): string {
  let text = draft.replace(/^summary:$/m, "summary: Nursing assistants help patients with the daily tasks of living in hospitals and care homes.");
  text = replaceBlock(text, "duties", "duties:\n  - Help patients bathe, dress and eat.\n  - Measure and record vital signs.\n  - Turn and reposition patients in bed.");
  text = replaceBlock(text, "timeSplit", "timeSplit:\n  - activity: Personal care\n    percent: 70\n  - activity: Charting\n    percent: 30");
  text = replaceBlock(text, "education", "education:\n  credentialRequired: true");
  for (const key of ["aliases", "certifications", "skills", "abilities", "related", "video", "sources", "draft"]) text = replaceBlock(text, key, "");
  text = text.replace(/^( {4}(?:empathy|presence|opinion|creativity|hope)):$/gm, "$1: 3");
  text = text.replace(/^ {2}exposurePercent:$/m, "  exposurePercent: 30").replace(/^ {2}exposureSource:$/m, "  exposureSource: A study that rated this occupation's tasks");
  const narrative = "The shift starts with a handover from the night team and a round of every room on the floor. ".repeat(5);
  return `${text.trimEnd()}\n\n${narrative.trim()}\n`;
}

describe("npm run new:career", () => {
  it("creates a draft with every field an editor writes, today's date and the schema line first", () => {
    const dir = contentTree({});
    const result = create(dir, "Respiratory Therapists", { today: "2026-03-04" });
    expect(result).toEqual({ ok: true, file: "respiratory-therapists.md", slug: "respiratory-therapists" });
    const file = path.join(dir, "respiratory-therapists.md");
    const text = readFileSync(file, "utf8");
    expect(text.split("\n").slice(0, 3)).toEqual(["---", "# yaml-language-server: $schema=../careers.schema.json", "#"]);
    expect(text).not.toMatch(retiredLines);

    const { data } = frontMatterOf(file);
    expect(data).toMatchObject({ title: "Respiratory Therapists", category: null, socCode: null, onetCode: null, updated: "2026-03-04", draft: true });
    const missing = fieldPaths(careerJsonSchema()).filter((fieldPath) => !hasField(data, fieldPath)).map((fieldPath) => fieldPath.join("."));
    // An exposure is only for the few codes the dataset leaves unrated (see --soc below); a video poster
    // is accepted but never shown (it would load from another site), so a new profile is not offered one.
    expect(missing).toEqual([...exposureFields, "video.poster"]);
  });

  it("uses the editor's date when none is given", () => {
    const dir = contentTree({});
    create(dir, "Respiratory Therapists");
    expect(frontMatterOf(path.join(dir, "respiratory-therapists.md")).data).toMatchObject({ updated: localDate() });
  });

  it("explains each field with the description written once in lib/content/schema.ts", () => {
    const schema = careerJsonSchema();
    // Every conditional block kept, so every marker's comment is written.
    const occupation: OccupationPrefill = { ...prefill(contentTree({}), "21-1019"), onetCode: "21-1019.00" };
    const text = renderTemplate(template, { title: "Respiratory Therapists", today: "2026-03-04", occupation });
    const markers = [...template.matchAll(/^\s*#: (\S+)/gm)].map((match) => markerPath(match[1]));
    const offered = fieldPaths(schema).map((fieldPath) => fieldPath.join(".")).filter((field) => field !== "video.poster");
    expect(markers.map((marker) => marker.join("."))).toEqual(expect.arrayContaining(offered));
    for (const marker of markers) {
      const description = fieldInfo(schema, marker)?.description?.replace(/\.$/, "") ?? "(none)";
      expect(text, marker.join(".")).toContain(description);
    }
    expect(text).toMatch(/^ {2}# Optional\. Whether a license or certification is required to work\.$/m);
    expect(text).toMatch(/^# SOC 2018 code, NN-NNNN: joins the national figures .* — write it in quotes\.$/m);
    expect(text).not.toMatch(/^\s*#: /m);
    expect(text).not.toMatch(/^\s*#(?:if|endif)\b/m);
    expect(text).not.toContain("{{");
  });

  it("gives the body the four recommended sections, each with a one-line hint", () => {
    const text = renderTemplate(template, { title: "Respiratory Therapists", today: "2026-03-04" });
    const body = text.split(/^---$/m)[2];
    expect([...body.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual([...recommendedSections]);
    expect(body.trim().split("\n").filter((line) => line.trim() !== "" && !line.startsWith("## "))).toHaveLength(4);
  });

  it("quotes a title that YAML would otherwise misread", () => {
    const dir = contentTree({});
    create(dir, "Nurses: Critical # Care", { slug: "critical-care-nurses" });
    expect(frontMatterOf(path.join(dir, "critical-care-nurses.md")).data).toMatchObject({ title: "Nurses: Critical # Care" });
  });

  it("produces a file the check reads without crashing: as a draft, its gaps are warnings", () => {
    const dir = contentTree({});
    create(dir, "Respiratory Therapists");
    const production = loadCatalog(dir, "production", { displayRoot: dir, dataset });
    expect(production.errors).toEqual([]);
    expect(production.warnings.filter((warning) => warning.file === "respiratory-therapists.md").length).toBeGreaterThan(10);
    expect(production.warnings).toContainEqual(expect.objectContaining({ field: "timeSplit[0].activity", detail: "is empty: fill it in" }));
    // Its comments are on lines of their own: none cuts a value short.
    expect(production.warnings.filter((warning) => warning.detail.includes('" #"'))).toEqual([]);
    expect(production.warnings).toContainEqual(expect.objectContaining({ field: "socCode", detail: "is empty: fill it in" }));

    const development = loadCatalog(dir, "development", { displayRoot: dir, dataset });
    expect(development.errors.length).toBeGreaterThan(0);
    expect(new Set(development.errors.map((error) => error.kind))).toEqual(new Set(["schema", "markdown"]));
  });

  it("refuses to overwrite an existing profile", () => {
    const dir = contentTree({ "respiratory-therapists.md": minimalProfile });
    const result = create(dir, "Respiratory Therapists");
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^respiratory-therapists\.md already exists/) });
    expect(readFileSync(path.join(dir, "respiratory-therapists.md"), "utf8")).toBe(minimalProfile);
  });

  it("refuses a slug that is another profile's old address (redirectFrom)", () => {
    const dir = contentTree({ "mover.md": profileText({ extra: "redirectFrom:\n  - respiratory-therapists" }) });
    expect(create(dir, "Respiratory Therapists")).toEqual({
      ok: false,
      message: expect.stringMatching(/"respiratory-therapists" is an old address of mover\.md/),
    });
    expect(existsSync(path.join(dir, "respiratory-therapists.md"))).toBe(false);
  });

  it("refuses an invalid title or slug", () => {
    const dir = contentTree({});
    expect(create(dir, "X")).toEqual({ ok: false, message: '"X" is not a valid title: it must be at least 2 characters' });
    expect(create(dir, "!!!")).toEqual({ ok: false, message: 'cannot make a file name from "!!!": give one with --slug' });
    expect(create(dir, "Respiratory Therapists", { slug: "Respiratory_Therapists" }))
      .toEqual({ ok: false, message: expect.stringMatching(/^"Respiratory_Therapists" is not a valid slug/) });
  });
});

describe("npm run new:career -- --soc", () => {
  const nursing = dataset.occupations.get("31-1131");

  it("pre-fills the official title, category, codes and address from the national dataset", () => {
    const dir = contentTree({});
    const result = create(dir, undefined, { occupation: prefill(dir, "31-1131"), today: "2026-03-04" });
    expect(result).toEqual({ ok: true, file: "nursing-assistants.md", slug: nursing?.officialSlug });
    const text = readFileSync(path.join(dir, "nursing-assistants.md"), "utf8");
    expect(text).toMatch(/^socCode: "31-1131"$/m);
    expect(text).toMatch(/^onetCode: "31-1131\.00"$/m);
    expect(frontMatterOf(path.join(dir, "nursing-assistants.md")).data).toMatchObject({
      title: "Nursing Assistants",
      category: "healthcare",
      socCode: "31-1131",
      onetCode: "31-1131.00",
      draft: true,
    });
    expect(text).not.toMatch(retiredLines);
    expect(text).not.toMatch(/^\s*(?:exposurePercent|exposureSource):/m);
  });

  it("previews the figures the page will show as comments at the top, never as fields", () => {
    const dir = contentTree({});
    create(dir, undefined, { occupation: prefill(dir, "31-1131") });
    const { wages, projections, exposure } = nursing ?? {};
    if (!wages?.median || !projections || !exposure) throw new Error("31-1131 lost its figures in the dataset");
    const lines = readFileSync(path.join(dir, "nursing-assistants.md"), "utf8").split("\n");
    expect(lines.slice(0, 3)).toEqual(["---", "# yaml-language-server: $schema=../careers.schema.json", "# National figures for 31-1131 Nursing Assistants (shown on the page, never typed here):"]);
    const preview = lines.slice(3, 7).join("\n");
    expect(preview).toContain(`median pay ${formatMoney(wages.median)} (OEWS ${wages.release})`);
    expect(preview).toContain(`growth ${formatGrowth(projections.percentChange)} ${projections.release}, ${formatCount(projections.annualOpenings)} openings a year`);
    expect(preview).toContain(`entry education: ${projections.entryEducation?.published}`);
    expect(preview).toContain(`AI task exposure ${formatPercent(exposure.percent)}`);
    expect(lines.slice(3, 7).every((line) => line.startsWith("#   "))).toBe(true);
  });

  it("writes a draft that, once its blanks are filled, is a valid profile joined to its figures", () => {
    const dir = contentTree({});
    create(dir, undefined, { occupation: prefill(dir, "31-1131") });
    const finished = finish(readFileSync(path.join(dir, "nursing-assistants.md"), "utf8"));
    const result = loadCareerFile("nursing-assistants.md", new TextEncoder().encode(finished), dataset);
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(result.career).toMatchObject({ slug: "nursing-assistants", onetCode: "31-1131.00", figures: { socCode: "31-1131" }, exposure: { rule: "onet-code" } });
    expect(result.career?.score?.total).toBeTypeOf("number");
  });

  it("asks for an exposure, and writes no O*NET code, for a code the dataset leaves unrated", () => {
    const dir = contentTree({});
    const occupation = prefill(dir, "21-1019");
    expect(occupation).toMatchObject({ title: "Counselors, All Other", onetCode: undefined, needsExposure: true });
    create(dir, undefined, { occupation });
    const text = readFileSync(path.join(dir, "counselors-all-other.md"), "utf8");
    expect(text).toMatch(/^#   AI task exposure: not rated in the dataset/m);
    expect(text).not.toMatch(/^\s*onetCode:/m);
    expect(frontMatterOf(path.join(dir, "counselors-all-other.md")).data).toMatchObject({ aiResilience: { exposurePercent: null, exposureSource: null } });

    const result = loadCareerFile("counselors-all-other.md", new TextEncoder().encode(finish(text)), dataset);
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(result.career).toMatchObject({ exposure: { rule: "profile", percent: 30 }, score: expect.objectContaining({ total: expect.any(Number) }) });
  });

  it("takes a title and a slug given with the code", () => {
    const dir = contentTree({});
    const occupation = prefill(dir, "53-1047");
    // The official title is 110 characters: too long for a profile's title, so the editor gives one.
    expect(create(dir, undefined, { occupation })).toEqual({
      ok: false,
      message: expect.stringMatching(/^the official title of 53-1047, "First-Line Supervisors .*", is not a valid profile title \(it must be at most 100 characters\): give one after the code/),
    });
    expect(create(dir, "Transportation Supervisors", { occupation })).toMatchObject({ ok: true, slug: occupation.slug });
    expect(create(contentTree({}), "Transportation Supervisors", { occupation, slug: "transportation-supervisors" }))
      .toMatchObject({ ok: true, slug: "transportation-supervisors" });
  });

  it("refuses a code the dataset does not hold, naming the nearest occupations", () => {
    const dir = contentTree({});
    expect(prefillOccupation({ socCode: "31-1139", careersDir: dir, datasetFolder })).toEqual({
      ok: false,
      message: "31-1139 is not an occupation of the national dataset (SOC 2018 detailed codes); the closest are 31-1133 Psychiatric Aides; 31-1132 Orderlies; 31-1131 Nursing Assistants",
    });
    expect(prefillOccupation({ socCode: "31-1131.00", careersDir: dir, datasetFolder }))
      .toEqual({ ok: false, message: '"31-1131.00" is not a SOC code: write it NN-NNNN (did you mean 31-1131?)' });
    expect(prefillOccupation({ socCode: "nurses", careersDir: dir, datasetFolder }))
      .toEqual({ ok: false, message: '"nurses" is not a SOC code: write it NN-NNNN (e.g. 31-1131)' });
  });

  it("refuses a code that already has a profile, naming its file", () => {
    // Even a draft, or a file with other problems: the code is taken.
    const dir = contentTree({ "cna.md": '---\ntitle: CNAs\nsocCode: "31-1131"\ndraft: true\n---\n\nNot written yet.\n' });
    expect(prefillOccupation({ socCode: "31-1131", careersDir: dir, datasetFolder, displayRoot: dir }))
      .toEqual({ ok: false, message: "31-1131 (Nursing Assistants) already has a profile, cna.md: edit it instead" });
  });
});

describe("the yaml-language-server line", () => {
  it("is a comment: a valid profile that starts with it stays valid, with the same line numbers", () => {
    const dir = contentTree({});
    create(dir, undefined, { occupation: prefill(dir, "31-1131") });
    const withSchemaLine = finish(readFileSync(path.join(dir, "nursing-assistants.md"), "utf8"));
    expect(withSchemaLine).toMatch(/^---\n# yaml-language-server: /);
    const load = (text: string) => loadCareerFile("nursing-assistants.md", new TextEncoder().encode(text), dataset).problems.filter((problem) => problem.severity === "error");
    expect(load(withSchemaLine)).toEqual([]);
    const broken = withSchemaLine.replace("percent: 70", "percent: 70%");
    const line = broken.split("\n").findIndex((text) => text.includes("percent: 70%")) + 1;
    expect(load(broken)).toEqual([expect.objectContaining({ field: "timeSplit[0].percent", line })]);
    const withoutIt = broken.replace(/^# yaml-language-server: .*\n/m, "");
    expect(load(withoutIt)).toEqual([expect.objectContaining({ field: "timeSplit[0].percent", line: line - 1 })]);
  });
});
