import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { careerJsonSchema, formatJsonSchema, jsonSchemaFile, type JsonSchema } from "@/lib/content/json-schema";
import { profileSchema } from "@/lib/content/schema";
import { readSource } from "@/lib/content/source";
import { fixtures, minimalProfile } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");
const careersDir = path.join(root, "content/careers");

/**
 * Just enough of a JSON Schema validator for the keywords the generated schema uses
 * (type, enum, lengths, pattern, bounds, items, properties, required, additionalProperties).
 */
function schemaProblems(schema: JsonSchema, value: unknown, at = "front matter"): string[] {
  const problems: string[] = [];
  const fail = (rule: string) => problems.push(`${at}: ${rule}`);
  const types = [schema.type ?? []].flat();
  const actual = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  const typeOk = types.length === 0 || types.some((type) => type === actual || (type === "integer" && Number.isInteger(value)));
  if (!typeOk) return [`${at}: expected ${types.join(" or ")}, got ${actual}`];
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) fail("not one of the allowed values");
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail("too short");
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail("too long");
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) fail("too small");
    if (schema.maximum !== undefined && value > schema.maximum) fail("too large");
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail("too few items");
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail("too many items");
    const items = schema.items;
    if (typeof items === "object" && !Array.isArray(items)) value.forEach((item, index) => problems.push(...schemaProblems(items, item, `${at}[${index}]`)));
  }
  if (actual === "object" && value !== null && typeof value === "object") {
    for (const key of schema.required ?? []) if (!(key in value)) fail(`missing ${key}`);
    for (const [key, child] of Object.entries(value)) {
      const property = schema.properties?.[key];
      if (typeof property === "object") problems.push(...schemaProblems(property, child, `${at}.${key}`));
      else if (schema.additionalProperties === false) fail(`unknown key ${key}`);
    }
  }
  return problems;
}

function frontMatter(file: string, bytes: Uint8Array): unknown {
  const read = readSource(file, bytes);
  if (!read.ok) throw new Error(read.errors.map(String).join("\n"));
  return read.source.data;
}

describe("content/careers.schema.json", () => {
  it("is what `npm run schema` generates from lib/content/schema.ts now", () => {
    const committed = readFileSync(path.join(root, jsonSchemaFile), "utf8");
    expect(committed, `${jsonSchemaFile} is out of date with lib/content/schema.ts: run \`npm run schema\` and commit the result`)
      .toBe(formatJsonSchema());
  });

  it("describes every top-level field, with the texts from lib/content/schema.ts", () => {
    const properties = careerJsonSchema().properties ?? {};
    expect(Object.keys(properties)).toEqual(Object.keys(profileSchema.shape));
    for (const [key, property] of Object.entries(properties)) {
      expect(typeof property === "object" ? property.description : undefined, key).toBe(profileSchema.shape[key as keyof typeof profileSchema.shape].description);
      expect(typeof property === "object" && (property.description?.length ?? 0) > 5, key).toBe(true);
    }
  });

  it("targets draft 7 (what the VS Code YAML extension supports), with a title and description", () => {
    expect(careerJsonSchema()).toMatchObject({
      $schema: "http://json-schema.org/draft-07/schema#",
      title: expect.any(String),
      description: expect.stringContaining("npm run schema"),
      additionalProperties: false,
    });
  });

  it("accepts every profile that the zod schema accepts", () => {
    const schema = careerJsonSchema();
    expect(schemaProblems(schema, frontMatter("minimal-profile.md", new TextEncoder().encode(minimalProfile)))).toEqual([]);
    for (const name of readdirSync(careersDir).filter((file) => file.endsWith(".md") && !file.startsWith("_"))) {
      const data = frontMatter(name, readFileSync(path.join(careersDir, name)));
      if (profileSchema.safeParse(data).success) expect(schemaProblems(schema, data), name).toEqual([]);
    }
  });

  it("accepts the example in the editor's guide, which shows every field", () => {
    const guide = readFileSync(path.join(root, "content/README.md"), "utf8");
    const example = /```yaml\n(---\n[\s\S]*?\n---)\n```/.exec(guide)?.[1] ?? "";
    const data = frontMatter("README.md", new TextEncoder().encode(`${example}\n`));
    expect(profileSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(schemaProblems(careerJsonSchema(), data)).toEqual([]);
    expect(Object.keys(Object(data))).toEqual(Object.keys(profileSchema.shape));
  });

  it("rejects an unknown key, an unknown category and a plain-http video", () => {
    const schema = careerJsonSchema();
    const invalid = (name: string) => schemaProblems(schema, frontMatter(name, readFileSync(path.join(fixtures, "invalid", `${name}.md`))));
    expect(invalid("unknown-key-typo")).toEqual(expect.arrayContaining([expect.stringMatching(/unknown key sumary/), expect.stringMatching(/missing summary/)]));
    expect(invalid("unknown-category")).toEqual([expect.stringMatching(/category: not one of the allowed values/)]);
    expect(invalid("video-url-not-https")).toEqual([expect.stringMatching(/video\.url: does not match/)]);
  });

  it("requires a well-formed socCode and flags the retired figures an editor's schema must not offer", () => {
    const schema = careerJsonSchema();
    const invalid = (name: string) => schemaProblems(schema, frontMatter(name, readFileSync(path.join(fixtures, "invalid", `${name}.md`))));
    expect(schema.required).toContain("socCode");
    expect(invalid("soc-code-format")).toEqual([expect.stringMatching(/socCode: does not match/)]);
    // v2: pay, outlook and the BLS education categories come from the dataset, never from the profile.
    for (const key of ["salary", "outlook"]) expect(Object.keys(schema.properties ?? {})).not.toContain(key);
    expect(invalid("salary-retired")).toEqual([expect.stringMatching(/unknown key salary/)]);
    expect(invalid("outlook-retired")).toContainEqual(expect.stringMatching(/unknown key outlook/));
    expect(invalid("entry-level-retired")).toContainEqual(expect.stringMatching(/education: unknown key entryLevel/));
    const withoutCode = Object.fromEntries(Object.entries(Object(frontMatter("minimal-profile.md", new TextEncoder().encode(minimalProfile)))).filter(([key]) => key !== "socCode"));
    expect(schemaProblems(schema, withoutCode)).toEqual(["front matter: missing socCode"]);
  });
});

describe("the editor's guide", () => {
  it("carries the same EPOCH rubric as the methodology page", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const guide = readFileSync(path.join(root, "content/README.md"), "utf8");
    const methodology = readFileSync(path.join(root, "content/pages/methodology.md"), "utf8");
    const inGuide = guide.slice(guide.indexOf("<!-- rubric:start -->") + 21, guide.indexOf("<!-- rubric:end -->")).replace(/^####/gm, "###").trim();
    const published = methodology.slice(methodology.indexOf("### Empathy"), methodology.indexOf("## From points to tiers")).trim();
    expect(inGuide).toBe(published);
    for (const capability of ["Empathy", "Presence", "Opinion", "Creativity", "Hope"]) expect(inGuide).toContain(`### ${capability}:`);
  });
});
