import path from "node:path";
import { describe, expect, it } from "vitest";
import { browseCareers } from "@/lib/browse/browse";
import { parseBrowseQuery } from "@/lib/browse/query";
import { browseDescription, browseTitle } from "@/lib/browse/summary";
import { loadCatalog } from "@/lib/catalog/load";
import { buildSearchIndex } from "@/lib/browse/search";

const careers = loadCatalog(path.resolve("content/careers"), "production").careers;
const index = buildSearchIndex(careers);
const preview = (params: Record<string, string>, categoryText?: string) => {
  const query = parseBrowseQuery(params);
  const result = browseCareers(careers, index, query);
  return { title: browseTitle(query, result.page), description: browseDescription(query, result, categoryText) };
};

describe("a /careers link's title and description", () => {
  it("name the category, the search and every filter, so a shared list previews as what it is", () => {
    const { title, description } = preview({ category: "healthcare", tier: "ai-resilient" }, "Caring for patients.");
    expect(title).toBe("Healthcare careers · AI-Resilient");
    expect(description).toMatch(/^\d+ careers?(, including|:) [A-Z]/);
    expect(description).toContain("Phlebotomists");
    expect(description).toMatch(/\. Caring for patients\.$/);

    expect(preview({ q: "nurse", tier: "ai-augmented", minSalary: "50000" }).title).toBe("Careers matching “nurse” · AI-Augmented · Median at least $50,000");
    expect(preview({ category: "healthcare", q: "nurse" }).title).toBe("Healthcare careers matching “nurse”");
    expect(preview({ education: "high-school", credential: "not-required" }).title)
      .toBe("Careers · Education up to: High school diploma or equivalent · No license or certification required");
  });

  it("count the careers and name the first three, in the order the page lists them", () => {
    const query = parseBrowseQuery({ category: "healthcare", sort: "salary" });
    const result = browseCareers(careers, index, query);
    const [first, second, third] = result.careers.map((career) => career.title);
    expect(browseDescription(query, result)).toBe(`${result.total} careers, including ${first}, ${second}, and ${third}.`);
    expect(browseDescription(query, { careers: result.careers.slice(0, 2), total: 2 })).toBe(`2 careers: ${first} and ${second}.`);
    expect(browseDescription(query, { careers: result.careers.slice(0, 1), total: 1 })).toBe(`1 career: ${first}.`);
  });

  it("say so when nothing matches, and give the bare list the catalog's size", () => {
    expect(preview({ q: "zzzzqqq" }).description).toBe("No career matches this search and these filters.");
    const bare = preview({});
    expect(bare.title).toBe("All careers");
    expect(bare.description).toBe(`Search and filter ${careers.length} careers by category, AI resilience, education, salary and credentials.`);
  });

  it("number pages after the first", () => {
    expect(preview({ page: "2" }).title).toBe("All careers · page 2");
    expect(preview({ page: "999" }).title).toBe("All careers · page 3");
  });
});
