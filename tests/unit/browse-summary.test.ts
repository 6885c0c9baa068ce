import { describe, expect, it } from "vitest";
import { browseCareers } from "@/lib/browse/browse";
import { parseBrowseQuery } from "@/lib/browse/query";
import { browseDescription, browseTitle } from "@/lib/browse/summary";
import { fixtureCatalog, fixtureIndex } from "./fixture-catalog";

const { careers, occupations } = fixtureCatalog();
const index = fixtureIndex();
const preview = (params: Record<string, string>, categoryText?: string) => {
  const query = parseBrowseQuery(params);
  const result = browseCareers(occupations, index, query);
  return { title: browseTitle(query, result.page), description: browseDescription(query, result, categoryText) };
};

describe("a /careers link's title and description", () => {
  it("name the category, the search and every filter, so a shared list previews as what it is", () => {
    expect(preview({ category: "healthcare", tier: "ai-resilient" }, "Caring for patients.")).toEqual({
      title: "Healthcare careers · AI-Resilient",
      description: "2 careers: Phlebotomists and Physical Therapists. Caring for patients.",
    });

    expect(preview({ q: "nurse", tier: "ai-augmented", minSalary: "50000" }).title).toBe("Careers matching “nurse” · AI-Augmented · Median at least $50,000");
    expect(preview({ category: "healthcare", q: "nurse" }).title).toBe("Healthcare careers matching “nurse”");
    expect(preview({ education: "high-school", credential: "not-required" }).title)
      .toBe("Careers · Education up to: High school diploma or equivalent · No license or certification required");
  });

  it("say plainly when no career is called what was searched, and the results only mention it", () => {
    expect(preview({ q: "blueprints" }).description).toMatch(/^No career is called “blueprints”; \d+ careers mention it, including .+\.$/);
    const result = browseCareers(occupations, index, parseBrowseQuery({ q: "blueprints" }));
    expect(result.mentionsOnly).toBe(true);
    expect(result.nearCategories.length).toBeGreaterThan(0);
    expect(browseCareers(occupations, index, parseBrowseQuery({ q: "welder" })).mentionsOnly).toBe(false);
  });

  it("say which occupations the list holds when the reader chose it", () => {
    expect(preview({ show: "all" })).toEqual({
      title: "Careers · All occupations, with figures-only pages",
      description: "56 careers, including Accountants and Auditors, Actors, and Automotive Service Technicians and Mechanics.",
    });
    expect(preview({ q: "nurse", show: "profiles" })).toEqual({
      title: "Careers matching “nurse” · Full profiles only",
      description: "2 careers: Registered Nurses and Licensed Practical and Licensed Vocational Nurses.",
    });
    // A search covers every occupation without being asked: the figures-only Nursing Assistants are named.
    expect(preview({ q: "nurse" })).toEqual({
      title: "Careers matching “nurse”",
      description: "3 careers: Registered Nurses, Licensed Practical and Licensed Vocational Nurses, and Nursing Assistants.",
    });
    expect(preview({ q: "home health aide" }).description).toBe(
      "6 careers, including Home Health and Personal Care Aides, Dental Assistants, and Physical Therapists.",
    );
  });

  it("count the careers and name the first three, in the order the page lists them", () => {
    const query = parseBrowseQuery({ category: "healthcare", sort: "salary" });
    const result = browseCareers(occupations, index, query);
    expect(browseDescription(query, result)).toBe("9 careers, including Pharmacists, Physical Therapists, and Registered Nurses.");
    expect(browseDescription(query, { careers: result.careers.slice(0, 2), total: 2 })).toBe("2 careers: Pharmacists and Physical Therapists.");
    expect(browseDescription(query, { careers: result.careers.slice(0, 1), total: 1 })).toBe("1 career: Pharmacists.");
  });

  it("say so when nothing matches, and give the bare list the number of profiles", () => {
    expect(preview({ q: "zzzzqqq" }).description).toBe("No career matches this search and these filters.");
    const bare = preview({});
    expect(bare.title).toBe("All careers");
    expect(bare.description).toBe(`Search and filter ${careers.length} careers by category, AI resilience, education, salary and credentials.`);
    expect(bare.description).toBe("Search and filter 44 careers by category, AI resilience, education, salary and credentials.");
    // `show=profiles` is the bare list's default: the same preview.
    expect(preview({ show: "profiles" })).toEqual(bare);
  });

  it("number pages after the first", () => {
    expect(preview({ page: "2" }).title).toBe("All careers · page 2");
    expect(preview({ page: "999" }).title).toBe("All careers · page 3");
    expect(preview({ show: "all", page: "999" }).title).toBe("Careers · All occupations, with figures-only pages · page 3");
  });
});
