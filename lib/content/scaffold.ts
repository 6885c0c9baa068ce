/**
 * Creates a new draft profile from content/career-template.md. The template marks each field with
 * `#: path` lines; they become YAML comments holding the field's description from the schema, so
 * descriptions are written once, in lib/content/schema.ts. `{{name}}` placeholders take the title,
 * date and, with `--soc`, what the national dataset already knows (scaffold-occupation.ts); lines
 * between `#if <condition>` and `#endif` are kept only when the condition holds. Refuses to
 * overwrite a profile or take a slug that is still an old address (`redirectFrom`) of another profile.
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
import type { OccupationPrefill } from "./scaffold-occupation";

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

/**
 * When a template block applies: `onet-code` unless the dataset shows the code has no O*NET `.00`
 * code (an editor would only guess one), `needs-exposure` when the dataset leaves the code unrated
 * (the only case a profile may give its exposure).
 */
const conditions = new Map<string, (occupation: OccupationPrefill | undefined) => boolean>([
  ["onet-code", (occupation) => !occupation || occupation.onetCode !== undefined],
  ["needs-exposure", (occupation) => occupation?.needsExposure === true],
]);

const ifLine = /^\s*#if (\S+)$/;
const endifLine = /^\s*#endif$/;

/** The template's lines with each `#if` block kept or dropped (blocks do not nest). */
function applyConditions(lines: readonly string[], occupation: OccupationPrefill | undefined): string[] {
  const kept: string[] = [];
  let keep = true;
  for (const line of lines) {
    const condition = ifLine.exec(line)?.[1];
    if (condition !== undefined) {
      const applies = conditions.get(condition);
      if (!applies) throw new Error(`${templateFile}: unknown "#if ${condition}" (known: ${[...conditions.keys()].join(", ")})`);
      keep = applies(occupation);
    } else if (endifLine.test(line)) keep = true;
    else if (keep) kept.push(line);
  }
  return kept;
}

export type TemplateValues = { title: string; today: string; occupation?: OccupationPrefill };

export function renderTemplate(template: string, values: TemplateValues, schema: JsonSchema = careerJsonSchema()): string {
  const { occupation } = values;
  const placeholders: Record<string, string> = {
    title: stringify(values.title).trimEnd(),
    today: values.today,
    category: occupation?.category ?? "",
    // Quoted, as the template's comments ask: a code is text, and quotes keep it so whatever is edited around it.
    socCode: occupation ? JSON.stringify(occupation.socCode) : "",
    onetCode: occupation?.onetCode ? JSON.stringify(occupation.onetCode) : "",
  };
  return applyConditions(template.split("\n"), occupation)
    .flatMap((line) => {
      if (line.trim() === "{{figures}}") return occupation?.figures ?? [];
      const marker = markerLine.exec(line);
      if (marker) return [`${marker[1]}# ${commentFor(schema, marker[2], marker[3])}`];
      // An empty placeholder leaves "category:" as the editor would write it, without a trailing space.
      return [line.includes("{{") ? line.replace(/\{\{(\w+)\}\}/g, (match, name: string) => placeholders[name] ?? match).trimEnd() : line];
    })
    .join("\n");
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
  /** Defaults to the occupation's official title. */
  title?: string;
  /** Defaults to the occupation's figures-only address, else the title turned into a slug. */
  slug?: string;
  /** What the national dataset knows of the occupation (`--soc`). */
  occupation?: OccupationPrefill;
  today?: string;
  /** Paths in messages are shown relative to this folder. */
  displayRoot?: string;
};

export type NewProfileResult = { ok: true; file: string; slug: string } | { ok: false; message: string };

export function createProfile(request: NewProfileRequest): NewProfileResult {
  const { careersDir, template, occupation, displayRoot = process.cwd() } = request;
  const show = (file: string) => displayPath(file, displayRoot);

  const wanted = request.title ?? occupation?.title ?? "";
  const title = profileSchema.shape.title.safeParse(wanted);
  if (!title.success) {
    const reason = title.error.issues[0].message;
    if (request.title === undefined && occupation) {
      return { ok: false, message: `the official title of ${occupation.socCode}, "${wanted}", is not a valid profile title (it ${reason}): give one after the code, e.g. --soc ${occupation.socCode} "Shorter Title"` };
    }
    return { ok: false, message: `"${wanted}" is not a valid title: it ${reason}` };
  }
  const slug = request.slug ?? occupation?.slug ?? slugify(title.data);
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

  writeFileSync(file, renderTemplate(template, { title: title.data, today: request.today ?? localDate(), occupation }), { flag: "wx" });
  return { ok: true, file: show(file), slug };
}
