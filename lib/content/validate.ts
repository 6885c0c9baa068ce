/**
 * Turns a file's front matter and body into a typed profile or located ContentErrors:
 * zod issues become `file:line:column  field.path  message` with the position of the key or value.
 */
import { z } from "zod";
import { ContentError, formatFieldPath } from "./errors";
import { describeLookalikes } from "./lookalikes";
import type { RenderedMarkdown } from "./markdown";
import { withoutRetiredKeys, type RetiredFound } from "./retired";
import { profileSchema, type ProfileData } from "./schema";
import type { Source } from "./source";
import { closestKey } from "./suggest";
import { keyPositions, positionOf } from "./yaml-position";

export const minBodyWords = 80;
/** Unknown keys reported one by one per object; past this, one summary (a pasted data dump has thousands). */
export const maxUnknownKeyErrors = 20;
const maxDetailLength = 300;

/** Messages quote the value they reject; a value pasted by mistake can be megabytes long. */
function shorten(text: string): string {
  return text.length > maxDetailLength ? `${text.slice(0, maxDetailLength)}…` : text;
}

/** The object schema found by following `path` through optional, default, array and object layers. */
function schemaAt(schema: z.core.$ZodType, path: ReadonlyArray<PropertyKey>): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (const part of [undefined, ...path]) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap();
    if (part === undefined) continue;
    if (current instanceof z.ZodObject) current = current.shape[String(part)];
    else if (current instanceof z.ZodArray) current = current.element;
    else return undefined;
  }
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap();
  return current;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, part);
  }
  return current;
}

/** The known keys of the object at `path`. */
function knownKeys(path: ReadonlyArray<PropertyKey>): string[] {
  const objectSchema = schemaAt(profileSchema, path);
  return objectSchema instanceof z.ZodObject ? Object.keys(objectSchema.shape) : [];
}

/**
 * Paths of missing keys that a misspelt key stands in for (`sallary` for `salary`): "required: add
 * salary" would only repeat the unknown-key message, on the wrong line.
 */
function misspeltPaths(data: unknown, issues: readonly z.core.$ZodIssue[]): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const known = knownKeys(issue.path);
    for (const key of issue.keys.slice(0, maxUnknownKeyErrors)) {
      const suggestion = closestKey(key, known);
      if (suggestion && valueAt(data, [...issue.path, suggestion]) === undefined) paths.add(formatFieldPath([...issue.path, suggestion]));
    }
  }
  return paths;
}

/** `message`, plus `: it has an en dash (–): use a hyphen (-)` when the rejected text has look-alike characters. */
function withLookalikes(message: string, value: unknown): string {
  const note = typeof value === "string" ? describeLookalikes(value) : undefined;
  if (!note) return message;
  return message.endsWith("?") ? `${message} It ${note}` : `${message}: it ${note}`;
}

function unknownKeyErrors(file: string, source: Source, issue: z.core.$ZodIssueUnrecognizedKeys): ContentError[] {
  const known = knownKeys(issue.path);
  const positions = keyPositions(source.locate(), issue.path);
  const errors = issue.keys.slice(0, maxUnknownKeyErrors).map((key) => {
    const at = positions.get(key) ?? { line: 1, column: 1 };
    const suggestion = closestKey(key, known);
    const rename = suggestion && valueAt(source.data, [...issue.path, suggestion]) === undefined ? " (rename it)" : "";
    const hint = withLookalikes(suggestion ? ` — did you mean "${suggestion}"?${rename}` : ` — known keys here: ${known.join(", ")}`, key);
    // A key written as `: value` or `"": value` is empty; the field must still say something.
    const field = formatFieldPath([...issue.path, key === "" ? '""' : key]);
    return new ContentError("schema", file, at.line, at.column, shorten(field), `unknown key${hint}`);
  });
  const rest = issue.keys.slice(maxUnknownKeyErrors);
  if (rest.length > 0) {
    const at = positions.get(rest[0]) ?? { line: 1, column: 1 };
    errors.push(new ContentError("schema", file, at.line, at.column, formatFieldPath(issue.path) || "front matter",
      shorten(`and ${rest.length.toLocaleString("en-US")} more unknown key${rest.length === 1 ? "" : "s"} from here on: ${rest.slice(0, 5).join(", ")}${rest.length > 5 ? ", …" : ""}`)));
  }
  return errors;
}

/**
 * For a misspelt choice (`healthcre`) the closest allowed value; when none is close, where to find
 * them (when the message does not list them already).
 */
function enumHint(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_value" || typeof issue.input !== "string") return "";
  const values = issue.values.map(String);
  const suggestion = closestKey(issue.input, values);
  if (suggestion) return ` — did you mean "${suggestion}"?`;
  if (issue.message.includes(values[0])) return "";
  const list = values.join(", ");
  // The 25 category ids would be cut off: the editor's guide lists them with their names.
  return list.length <= 160 ? `: use one of ${list}` : `: use one of the ids listed in content/README.md (e.g. "${values[0]}")`;
}

/** Whether the key at `path` may be left out (`undefined` is valid there). */
function isOptionalKey(path: ReadonlyArray<PropertyKey>): boolean {
  const last = path.at(-1);
  if (typeof last !== "string") return false;
  const parent = schemaAt(profileSchema, path.slice(0, -1));
  return parent instanceof z.ZodObject && parent.shape[last]?.safeParse(undefined).success === true;
}

/** A key written with no value, as in the new-profile template (`median:`). */
function emptyHint(path: ReadonlyArray<PropertyKey>): string {
  if (typeof path.at(-1) === "number") return "is empty: fill it in or delete the entry";
  if (isOptionalKey(path)) return "is empty: fill it in or delete the line";
  // A required line inside an optional block (the template's `programLength:` or `video:`): the
  // editor may not want the block at all.
  for (let end = path.length - 1; end > 0; end--) {
    const block = path.slice(0, end);
    if (isOptionalKey(block)) return `is empty: fill it in, or delete the whole "${String(block.at(-1))}" block (it is optional)`;
  }
  return "is empty: fill it in";
}

function issueDetail(source: Source, issue: z.core.$ZodIssue): string {
  if (issue.code !== "custom" && issue.path.length > 0) {
    const value = valueAt(source.data, issue.path);
    if (value === undefined) return `required: add "${String(issue.path.at(-1))}"`;
    if (value === null) return emptyHint(issue.path);
    return withLookalikes(shorten(issue.message + enumHint(issue)), value);
  }
  return shorten(issue.message + enumHint(issue));
}

function issueToErrors(file: string, source: Source, issue: z.core.$ZodIssue): ContentError[] {
  if (issue.code === "unrecognized_keys") return unknownKeyErrors(file, source, issue);
  const field = formatFieldPath(issue.path) || "front matter";
  const at = positionOf(source.locate(), issue.path) ?? { line: 1, column: 1 };
  return [new ContentError("schema", file, at.line, at.column, field, issueDetail(source, issue))];
}

/** `retired`: v1 keys taken out before validation; the join stage reports each with the dataset's value. */
export type FrontMatterResult =
  | { ok: true; data: ProfileData; retired: RetiredFound[] }
  | { ok: false; errors: ContentError[]; retired: RetiredFound[] };

/**
 * The issues worth an editor's time: a key's "required" when a misspelling of it is reported
 * instead, and whatever follows a wrong kind or format of value at the same place ("expected a list"
 * then "at most 20 entries", "expected a date" then "not a real calendar date") are left out.
 */
function editorIssues(data: unknown, issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const misspelt = misspeltPaths(data, issues);
  const wrongShape = new Set<string>();
  return issues.filter((issue) => {
    if (issue.code === "unrecognized_keys") return true;
    const path = formatFieldPath(issue.path);
    if (wrongShape.has(path)) return false;
    if (issue.code === "invalid_type" || issue.code === "invalid_format") wrongShape.add(path);
    return !(misspelt.has(path) && valueAt(data, issue.path) === undefined);
  });
}

/** One line per distinct message: a URL can break two rules with the same words (`javascript:…`). */
function uniqueErrors(errors: readonly ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.message) && Boolean(seen.add(error.message)));
}

export function validateFrontMatter(file: string, source: Source): FrontMatterResult {
  const { data, found: retired } = withoutRetiredKeys(source);
  const parsed = profileSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data, retired };
  const issues = editorIssues(data, parsed.error.issues);
  return { ok: false, errors: uniqueErrors(issues.flatMap((issue) => issueToErrors(file, source, issue))), retired };
}

/** Rules on the body: at least 80 words, no `#` heading; raw HTML is only a warning (it is dropped). */
export function checkBody(file: string, source: Source, rendered: RenderedMarkdown): ContentError[] {
  const fileLine = (bodyRelativeLine: number) => source.bodyLine + bodyRelativeLine - 1;
  const errors: ContentError[] = [];
  if (rendered.wordCount < minBodyWords) {
    errors.push(new ContentError("markdown", file, source.bodyLine, 1, "body",
      `the narrative has ${rendered.wordCount} word${rendered.wordCount === 1 ? "" : "s"}; write at least ${minBodyWords} below the front matter`));
  }
  for (const at of rendered.topLevelHeadings) {
    errors.push(new ContentError("markdown", file, fileLine(at.line), at.column, "body",
      "a # heading is not allowed (the page title comes from `title`): use ## for sections"));
  }
  for (const at of rendered.rawHtml) {
    errors.push(new ContentError("markdown", file, fileLine(at.line), at.column, "body",
      "raw HTML is left out of the page: use Markdown instead", "warning"));
  }
  return errors;
}
