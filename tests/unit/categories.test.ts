import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCategoryDescriptions, parseCategoryDescriptions } from "@/lib/content/categories";

describe("category descriptions", () => {
  it("reads the committed file without problems, with a description for every category", () => {
    const { descriptions, errors } = loadCategoryDescriptions(path.resolve(import.meta.dirname, "../../content/categories.yml"));
    expect(errors).toEqual([]);
    expect(Object.keys(descriptions)).toHaveLength(25);
  });

  it("reports a YAML mistake with its line and column instead of throwing", () => {
    const { errors } = parseCategoryDescriptions("c.yml", "healthcare: Caring for patients: in clinics and hospitals\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: "c.yml", line: 1, field: "healthcare", detail: expect.stringMatching(/value contains ": "/) });
  });

  it("names an unknown category with a suggestion, and keeps the valid ones", () => {
    const { descriptions, errors } = parseCategoryDescriptions("c.yml", "healthcare: Caring for patients in clinics.\nhelthcare: Another description here.\n");
    expect(descriptions.healthcare).toBe("Caring for patients in clinics.");
    expect(errors.map((error) => error.message)).toEqual(['c.yml:2:1  helthcare  unknown category — did you mean "healthcare"?']);
  });

  it("rejects a description that is too short", () => {
    const { errors } = parseCategoryDescriptions("c.yml", "sales: Selling\n");
    expect(errors[0]).toMatchObject({ line: 1, column: 1, field: "sales", detail: "must be at least 10 characters" });
  });

  it("gets the same protection as profiles: duplicate keys and alias bombs are located errors", () => {
    const duplicate = parseCategoryDescriptions("c.yml", "sales: Selling things to people.\nsales: Selling again, twice.\n");
    expect(duplicate.errors[0]).toMatchObject({ line: 2, column: 1, field: "sales", detail: "written twice (also on line 1): keep one" });
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)].join("\n");
    expect(parseCategoryDescriptions("c.yml", bomb).errors[0].detail).toMatch(/too many YAML aliases/);
  });
});

