/**
 * Short descriptions of each category, written by editors in content/categories.yml. A mistake in
 * that file is reported like any content problem (file, line, column, field) by the check, and on
 * the site only costs the descriptions, never a page.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { contentRoot, isDevelopment } from "../catalog";
import { ContentError } from "./errors";
import { parseYaml } from "./source";
import { closestKey } from "./suggest";
import { categoryIds, type CategoryId } from "./taxonomy";
import { positionOf } from "./yaml-position";

export type CategoryDescriptions = Partial<Record<CategoryId, string>>;

const descriptionSchema = z.string({ error: "expected a sentence of text" }).trim().min(10, { error: "must be at least 10 characters" }).max(300, { error: "must be at most 300 characters" });

export function parseCategoryDescriptions(file: string, text: string): { descriptions: CategoryDescriptions; errors: ContentError[] } {
  const parsed = parseYaml(file, text, "(yaml)");
  if (!parsed.ok) return { descriptions: {}, errors: parsed.errors };
  const data = parsed.data ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { descriptions: {}, errors: [new ContentError("schema", file, 1, 1, "(file)", "expected one `category-id: description` line per category")] };
  }
  const descriptions: CategoryDescriptions = {};
  const errors: ContentError[] = [];
  for (const [key, value] of Object.entries(data)) {
    const at = positionOf(parsed, [key], "key") ?? { line: 1, column: 1 };
    if (!(categoryIds as readonly string[]).includes(key)) {
      const suggestion = closestKey(key, categoryIds);
      errors.push(new ContentError("schema", file, at.line, at.column, key, `unknown category${suggestion ? ` — did you mean "${suggestion}"?` : ""}`));
      continue;
    }
    const description = descriptionSchema.safeParse(value);
    if (description.success) descriptions[key as CategoryId] = description.data;
    else errors.push(new ContentError("schema", file, at.line, at.column, key, description.error.issues[0]?.message ?? "invalid"));
  }
  return { descriptions, errors };
}

export function loadCategoryDescriptions(file: string, displayName = file): { descriptions: CategoryDescriptions; errors: ContentError[] } {
  if (!existsSync(file)) return { descriptions: {}, errors: [] };
  return parseCategoryDescriptions(displayName, readFileSync(file, "utf8"));
}

let cached: CategoryDescriptions | undefined;

/**
 * The description of a category for pages, from `<content>/categories.yml`: read once in
 * production, on every call in development (so edits show); a broken file costs only the
 * descriptions, and its problems are printed.
 */
export function categoryDescription(id: CategoryId): string | undefined {
  if (!cached || isDevelopment) {
    const file = path.join(contentRoot(), "categories.yml");
    const { descriptions, errors } = loadCategoryDescriptions(file, path.relative(process.cwd(), file));
    if (errors.length > 0) console.error(errors.map((error) => error.message).join("\n"));
    cached = descriptions;
  }
  return cached[id];
}
