/**
 * Short descriptions of each category, written by editors in content/categories.yml. A mistake in
 * that file is reported like any content problem (file, line, column, field) by the check, and on
 * the site only costs the descriptions, never a page.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { ContentError } from "./errors";
import { closestKey } from "./suggest";
import { categoryIds, type CategoryId } from "./taxonomy";
import { positionOf } from "./yaml-position";

export type CategoryDescriptions = Partial<Record<CategoryId, string>>;

const descriptionSchema = z.string({ error: "expected a sentence of text" }).trim().min(10, { error: "must be at least 10 characters" }).max(300, { error: "must be at most 300 characters" });

export function parseCategoryDescriptions(file: string, text: string): { descriptions: CategoryDescriptions; errors: ContentError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((error) => {
      const { line, col } = lines.linePos(error.pos[0]);
      return new ContentError("yaml", file, line, col, "(yaml)", error.message.split("\n")[0]);
    });
    return { descriptions: {}, errors };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 }) ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { descriptions: {}, errors: [new ContentError("schema", file, 1, 1, "(file)", "expected one `category-id: description` line per category")] };
  }
  const descriptions: CategoryDescriptions = {};
  const errors: ContentError[] = [];
  for (const [key, value] of Object.entries(data)) {
    const at = positionOf(doc, lines, [key], "key") ?? { line: 1, column: 1 };
    if (!(categoryIds as readonly string[]).includes(key)) {
      const suggestion = closestKey(key, categoryIds);
      errors.push(new ContentError("schema", file, at.line, at.column, key, `unknown category${suggestion ? ` — did you mean "${suggestion}"?` : ""}`));
      continue;
    }
    const parsed = descriptionSchema.safeParse(value);
    if (parsed.success) descriptions[key as CategoryId] = parsed.data;
    else errors.push(new ContentError("schema", file, at.line, at.column, key, parsed.error.issues[0]?.message ?? "invalid"));
  }
  return { descriptions, errors };
}

export function loadCategoryDescriptions(file: string, displayName = file): { descriptions: CategoryDescriptions; errors: ContentError[] } {
  if (!existsSync(file)) return { descriptions: {}, errors: [] };
  return parseCategoryDescriptions(displayName, readFileSync(file, "utf8"));
}

let cached: CategoryDescriptions | undefined;

/** The description of a category for pages; a broken file is reported once and shows no descriptions. */
export function categoryDescription(id: CategoryId): string | undefined {
  if (!cached) {
    const file = path.join(process.cwd(), "content", "categories.yml");
    const { descriptions, errors } = loadCategoryDescriptions(file, "content/categories.yml");
    if (errors.length > 0) console.error(errors.map((error) => error.message).join("\n"));
    cached = descriptions;
  }
  return cached[id];
}
