/**
 * Creates a new draft profile from content/career-template.md. The template marks each field with
 * `#: path` lines; they become YAML comments holding the field's description from the schema, so
 * descriptions are written once, in lib/content/schema.ts. Refuses to overwrite a profile or take a slug
 * that is still an old address (`redirectFrom`) of another profile.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { displayPath } from "./errors";
import { localDate } from "../site/format";
import { careerJsonSchema, fieldInfo, type JsonSchema } from "./json-schema";
import { listCareerFiles } from "../catalog/load";
import { profileSchema, slugPattern, slugRule } from "./schema";
import { slugify } from "./slug";
import { readSource } from "./source";

/** Where the template lives, relative to the repository root. */
export const templateFile = "content/career-template.md";

/** A `#: path` line, optionally followed by ` — extra advice`. */
const markerLine = /^(\s*)#: (\S+)(?: — (.+))?$/;
const maxListedValues = 8;

/** `timeSplit[].percent` → `["timeSplit", "[]", "percent"]`. */
export function markerPath(marker: string): string[] {
  return marker.split(".").flatMap((part) => (part.endsWith("[]") ? [part.slice(0, -2), "[]"] : [part]));
}

function commentFor(schema: JsonSchema, marker: string, extra: string | undefined): string {
  const info = fieldInfo(schema, markerPath(marker));
  if (!info?.description) throw new Error(`${templateFile}: "#: ${marker}" is not a described field of the profile schema`);
  const { description } = info;
  const values = info.values ?? [];
  const spelledOut = values.every((value) => description.includes(String(value)));
  const choices = values.length <= maxListedValues && !spelledOut ? ` One of: ${values.join(", ")}.` : "";
  const text = extra ? `${description.replace(/\.$/, "")} — ${extra}.` : description;
  return `${info.required ? "" : "Optional. "}${text}${choices}`;
}

export function renderTemplate(template: string, values: { title: string; today: string }, schema: JsonSchema = careerJsonSchema()): string {
  return template
    .split("\n")
    .map((line) => {
      const marker = markerLine.exec(line);
      return marker ? `${marker[1]}# ${commentFor(schema, marker[2], marker[3])}` : line;
    })
    .join("\n")
    .replace("{{title}}", () => stringify(values.title).trimEnd())
    .replace("{{today}}", () => values.today);
}

/** The profile file (if any) that lists `slug` in its `redirectFrom`. */
function redirectOwner(careersDir: string, slug: string): string | undefined {
  return listCareerFiles(careersDir).find((name) => {
    const read = readSource(name, readFileSync(path.join(careersDir, name)));
    if (!read.ok) return false;
    const redirects: unknown = Reflect.get(Object(read.source.data), "redirectFrom");
    return Array.isArray(redirects) && redirects.includes(slug);
  });
}

export type NewProfileRequest = {
  /** The folder of profiles, e.g. content/careers. */
  careersDir: string;
  template: string;
  title: string;
  /** Defaults to the title turned into a slug. */
  slug?: string;
  today?: string;
  /** Paths in messages are shown relative to this folder. */
  displayRoot?: string;
};

export type NewProfileResult = { ok: true; file: string; slug: string } | { ok: false; message: string };

export function createProfile(request: NewProfileRequest): NewProfileResult {
  const { careersDir, template, displayRoot = process.cwd() } = request;
  const show = (file: string) => displayPath(file, displayRoot);

  const title = profileSchema.shape.title.safeParse(request.title);
  if (!title.success) return { ok: false, message: `"${request.title}" is not a valid title: it ${title.error.issues[0].message}` };
  const slug = request.slug ?? slugify(title.data);
  if (slug === "") return { ok: false, message: `cannot make a file name from "${title.data}": give one with --slug` };
  if (!slugPattern.test(slug)) {
    return { ok: false, message: `"${slug}" is not a valid slug (${slugRule}); choose one with --slug` };
  }
  const file = path.join(careersDir, `${slug}.md`);
  if (existsSync(file)) return { ok: false, message: `${show(file)} already exists: edit it instead, or choose another slug with --slug` };
  const owner = redirectOwner(careersDir, slug);
  if (owner) {
    return { ok: false, message: `"${slug}" is an old address of ${show(path.join(careersDir, owner))} (in its redirectFrom); choose another slug with --slug` };
  }

  writeFileSync(file, renderTemplate(template, { title: title.data, today: request.today ?? localDate() }), { flag: "wx" });
  return { ok: true, file: show(file), slug };
}
