import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { epochLabels } from "@/lib/content/epoch";
import { careersBySlug, loadCatalog } from "@/lib/catalog/load";

const bySlug = careersBySlug(loadCatalog(path.resolve("content/careers"), "production").careers);
const methodology = readFileSync("content/pages/methodology.md", "utf8");
/** Example names in the rubric that are not written as a profile's slug. */
const slugsFor: Record<string, string[]> = {
  teachers: ["elementary-school-teachers", "high-school-teachers"],
  nurses: ["registered-nurses", "licensed-practical-nurses"],
  "electricians in homes": ["electricians"],
  "truck drivers": ["heavy-truck-drivers"],
  chefs: ["chefs-and-head-cooks"],
};

describe("the methodology's EPOCH rubric", () => {
  // One table per EPOCH dimension, in order: | rating | meaning | examples |
  const tables = [...methodology.matchAll(/\| rating \| meaning \| examples \|\n\| --- \| --- \| --- \|\n((?:\|.*\n)+)/g)].map((match) => match[1]);

  it("has a table for each of the five ratings", () => {
    expect(tables).toHaveLength(epochLabels.length);
  });

  it("names as examples only careers that our profiles rate the same way", () => {
    const mismatches: string[] = [];
    epochLabels.forEach(({ key, label }, index) => {
      for (const row of tables[index].trim().split("\n")) {
        const [rating, , examples] = row.replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
        for (const example of examples.split(",").map((name) => name.trim())) {
          for (const slug of slugsFor[example] ?? [example.replace(/ /g, "-")]) {
            const career = bySlug.get(slug);
            const rated = career?.aiResilience.epoch[key];
            if (rated !== undefined && rated !== Number(rating)) mismatches.push(`${label} ${rating}: "${example}" is rated ${rated} in ${slug}.md`);
          }
        }
      }
    });
    expect(mismatches).toEqual([]);
  });
});
