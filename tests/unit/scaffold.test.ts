import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { careerJsonSchema, fieldInfo, type JsonSchema } from "@/lib/content/json-schema";
import { loadCatalog } from "@/lib/catalog/load";
import { localDate } from "@/lib/site/format";
import { createProfile, markerPath, renderTemplate, templateFile } from "@/lib/content/scaffold";
import { readSource } from "@/lib/content/source";
import { recommendedSections } from "@/lib/content/warnings";
import { contentTree, minimalProfile, profileText } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");
const template = readFileSync(path.join(root, templateFile), "utf8");

const create = (careersDir: string, title: string, extra: { slug?: string; today?: string } = {}) =>
  createProfile({ careersDir, template, title, displayRoot: careersDir, ...extra });

/** Every field path of the schema: `["salary", "median"]`, `["timeSplit", "[]", "percent"]`. */
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

describe("npm run new:career", () => {
  it("creates a draft with every field of the format, today's date and the schema line first", () => {
    const dir = contentTree({});
    const result = create(dir, "Respiratory Therapists", { today: "2026-03-04" });
    expect(result).toEqual({ ok: true, file: "respiratory-therapists.md", slug: "respiratory-therapists" });
    const file = path.join(dir, "respiratory-therapists.md");
    const text = readFileSync(file, "utf8");
    expect(text.split("\n").slice(0, 2)).toEqual(["---", "# yaml-language-server: $schema=../careers.schema.json"]);

    const { data } = frontMatterOf(file);
    expect(data).toMatchObject({ title: "Respiratory Therapists", updated: "2026-03-04", draft: true });
    const missing = fieldPaths(careerJsonSchema()).filter((fieldPath) => !hasField(data, fieldPath));
    expect(missing.map((fieldPath) => fieldPath.join("."))).toEqual([]);
  });

  it("uses the editor's date when none is given", () => {
    const dir = contentTree({});
    create(dir, "Respiratory Therapists");
    expect(frontMatterOf(path.join(dir, "respiratory-therapists.md")).data).toMatchObject({ updated: localDate() });
  });

  it("explains each field with the description written once in lib/content/schema.ts", () => {
    const schema = careerJsonSchema();
    const text = renderTemplate(template, { title: "Respiratory Therapists", today: "2026-03-04" });
    const markers = [...template.matchAll(/^\s*#: (\S+)/gm)].map((match) => markerPath(match[1]));
    expect(markers.map((marker) => marker.join("."))).toEqual(expect.arrayContaining(fieldPaths(schema).map((fieldPath) => fieldPath.join("."))));
    for (const marker of markers) {
      const description = fieldInfo(schema, marker)?.description?.replace(/\.$/, "") ?? "(none)";
      expect(text, marker.join(".")).toContain(description);
    }
    expect(text).toMatch(/^ {2}# Median annual wage, whole US dollars\.$/m);
    expect(text).toMatch(/^ {2}# Optional\. 10th percentile annual wage\.$/m);
    expect(text).not.toMatch(/^\s*#: /m);
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
    const dir = contentTree({ "medical-assistants.md": minimalProfile });
    create(dir, "Respiratory Therapists");
    const production = loadCatalog(dir, "production", dir);
    expect(production.errors).toEqual([]);
    expect(production.warnings.filter((warning) => warning.file === "respiratory-therapists.md").length).toBeGreaterThan(10);
    expect(production.warnings).toContainEqual(expect.objectContaining({ field: "salary.median", detail: "is empty: fill it in" }));
    // Its comments are on lines of their own: none cuts a value short.
    expect(production.warnings.filter((warning) => warning.detail.includes('" #"'))).toEqual([]);
    expect(production.warnings).toContainEqual(expect.objectContaining({ field: "socCode", detail: "is empty: fill it in or delete the line" }));

    const development = loadCatalog(dir, "development", dir);
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

describe("the yaml-language-server line", () => {
  it("is a comment: a valid profile that starts with it stays valid, with the same line numbers", () => {
    const withSchemaLine = minimalProfile.replace(/^---\n/, "---\n# yaml-language-server: $schema=../careers.schema.json\n");
    const dir = contentTree({ "with-schema.md": withSchemaLine });
    expect(loadCatalog(dir, "production", dir).errors).toEqual([]);
    writeFileSync(path.join(dir, "with-schema.md"), withSchemaLine.replace("  median: 45000", "  median: 45k"));
    expect(loadCatalog(dir, "production", dir).errors).toEqual([expect.objectContaining({ field: "salary.median", line: 18, column: 11 })]);
  });
});
