/** Short descriptions of each category, written by editors in content/categories.yml. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { categoryIds, type CategoryId } from "./taxonomy";

const descriptionsSchema = z.partialRecord(z.enum(categoryIds), z.string().min(10).max(300));

let cached: Partial<Record<CategoryId, string>> | undefined;

export function categoryDescription(id: CategoryId): string | undefined {
  cached ??= descriptionsSchema.parse(parse(readFileSync(path.join(process.cwd(), "content", "categories.yml"), "utf8")));
  return cached[id];
}
