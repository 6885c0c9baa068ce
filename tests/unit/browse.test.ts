import path from "node:path";
import { describe, expect, it } from "vitest";
import { browseCareers, pageSize } from "@/lib/browse/browse";
import { browseHref, parseBrowseHref, parseBrowseQuery } from "@/lib/browse/query";
import { countByCategory } from "@/lib/catalog/stats";
import { compareHref, parseComparison, suggestedAdditions } from "@/lib/compare/compare";
import { loadCatalog } from "@/lib/catalog/load";
import { buildSearchIndex, searchSlugs } from "@/lib/browse/search";
import { entryLevelIds } from "@/lib/content/taxonomy";

const careers = loadCatalog(path.resolve("content/careers"), "production").careers;
const index = buildSearchIndex(careers);
const browse = (params: Record<string, string | string[]>) => browseCareers(careers, index, parseBrowseQuery(params));

describe("parsing query parameters", () => {
  it("reads every filter and sort", () => {
    expect(parseBrowseQuery({ q: " nurse ", category: "healthcare", tier: "ai-augmented", education: "associate", minSalary: "$50,000", credential: "required", sort: "salary", page: "2" }))
      .toEqual({ q: "nurse", category: "healthcare", tier: "ai-augmented", education: "associate", minSalary: 50000, credential: "required", sort: "salary", page: 2, notes: [] });
  });

  it("defaults to relevance when searching and title otherwise", () => {
    expect(parseBrowseQuery({ q: "nurse" }).sort).toBe("relevance");
    expect(parseBrowseQuery({}).sort).toBe("title");
    expect(parseBrowseQuery({ sort: "relevance" }).sort).toBe("title");
  });

  it("ignores unknown parameters and explains unknown values", () => {
    const query = parseBrowseQuery({ utm_source: "mail", category: "wizardry", tier: "7", sort: "random", minSalary: "lots", page: "-3" });
    expect(query).toMatchObject({ category: undefined, tier: undefined, sort: "title", minSalary: undefined, page: 1 });
    expect(query.notes).toEqual([
      'Ignored minimum salary "lots": use a whole number of dollars.',
      'Ignored sort order "random": not one we know.',
      'Ignored category "wizardry": not one we know.',
      'Ignored AI tier "7": not one we know.',
    ]);
  });

  it("uses the first of repeated parameters and survives huge or odd values", () => {
    expect(parseBrowseQuery({ category: ["legal", "healthcare"] }).category).toBe("legal");
    expect(parseBrowseQuery({ q: ["nurse", "welder"] })).toMatchObject({ q: "nurse", notes: ['The link gives 2 values for search; used the first, "nurse".'] });
    // An empty field says nothing: the value given counts, with no note.
    expect(parseBrowseQuery({ category: ["", "healthcare"] })).toMatchObject({ category: "healthcare", notes: [] });
    expect(parseBrowseQuery({ q: ["nurse", ""] })).toMatchObject({ q: "nurse", notes: [] });
    expect(parseBrowseQuery({ q: ["nurse", " nurse "] }).notes).toEqual([]);
    const huge = parseBrowseQuery({ q: "x".repeat(100_000), page: "9".repeat(400), minSalary: "1e400" });
    expect(huge.q).toHaveLength(100);
    expect(huge.page).toBe(1);
    expect(huge.notes).toHaveLength(2);
    expect(parseBrowseQuery({ q: "\u0000<script>" }).q).toBe("<script>");
  });

  it("cleans reflected text: no control or bidi characters, no half emoji, no blank search", () => {
    // An RTL override would make the page's own sentence around the search read backwards.
    expect(parseBrowseQuery({ q: "\u202Emoc.live ta ylppa\u202C nurse" }).q).toBe("moc.live ta ylppa nurse");
    expect(parseBrowseQuery({ q: "a\u0000b\u0001\u001B\r\nc" }).q).toBe("a b c");
    // 210 spaces were cut to 200 and kept, so the canonical link said `?q=+`.
    expect(parseBrowseQuery({ q: " ".repeat(210) })).toMatchObject({ q: "", sort: "title" });
    // Cut by characters: "a" and 99 whole emoji, never half of one.
    const emoji = parseBrowseQuery({ q: `a${"😀".repeat(120)}` }).q;
    expect(emoji).toBe(`a${"😀".repeat(99)}`);
    expect(emoji).not.toContain("\uFFFD");
    expect(parseBrowseQuery({ category: "x".repeat(39) + "😀😀" }).notes[0]).toBe(`Ignored category "${"x".repeat(39)}😀…": not one we know.`);
  });

  it("writes canonical links that parse back to the same query", () => {
    const query = parseBrowseQuery({ q: "nurse", category: "healthcare", sort: "salary", page: "2" });
    expect(browseHref(query)).toBe("/careers?q=nurse&category=healthcare&sort=salary&page=2");
    expect(parseBrowseHref(browseHref(query))).toEqual(query);
    expect(browseHref(query, { category: undefined, page: 1 })).toBe("/careers?q=nurse&sort=salary");
    // Removing the search from a best-match list leaves the A–Z list, whose link names no sort.
    expect(browseHref(parseBrowseQuery({ q: "nurse", category: "legal" }), { q: "" })).toBe("/careers?category=legal");
  });
});

describe("category counts for the filter", () => {
  it("counts published careers per category and leaves out empty ones", () => {
    const counts = countByCategory(careers);
    expect(counts.find((entry) => entry.id === "healthcare")?.count).toBe(browse({ category: "healthcare" }).total);
    expect(counts.every((entry) => entry.count > 0)).toBe(true);
    expect(counts.map((entry) => entry.id)).not.toContain("military");
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(careers.length);
  });

  it("keeps the selected category even when it is empty, in its usual place", () => {
    const counts = countByCategory(careers, "military");
    expect(counts).toContainEqual({ id: "military", count: 0 });
    const ids = counts.map((entry) => entry.id);
    expect(ids.indexOf("military")).toBeGreaterThan(ids.indexOf("math"));
    expect(countByCategory(careers, "healthcare")).toEqual(countByCategory(careers));
  });
});

describe("filters and sorting", () => {
  it("filters by category", () => {
    const result = browse({ category: "healthcare" });
    expect(result.total).toBeGreaterThan(0);
    expect(result.careers.every((career) => career.category === "healthcare")).toBe(true);
  });

  it("filters by AI tier", () => {
    const result = browse({ tier: "ai-augmented" });
    expect(result.careers.map((career) => career.score.tier)).toEqual(result.careers.map(() => "ai-augmented"));
  });

  it("filters by entry education at most a level", () => {
    const result = browse({ education: "postsecondary-certificate" });
    const max = entryLevelIds.indexOf("postsecondary-certificate");
    expect(result.careers.length).toBeGreaterThan(0);
    expect(result.careers.every((career) => entryLevelIds.indexOf(career.education.entryLevel) <= max)).toBe(true);
    expect(result.careers.map((career) => career.slug)).toContain("medical-assistants");
  });

  it("filters by minimum median salary and by credential", () => {
    expect(browse({ minSalary: "60000" }).careers.every((career) => career.salary.median >= 60000)).toBe(true);
    expect(browse({ credential: "required" }).careers.every((career) => career.education.credentialRequired)).toBe(true);
    expect(browse({ credential: "not-required" }).careers.every((career) => !career.education.credentialRequired)).toBe(true);
  });

  it("filters only narrow what the search finds: a filter never makes a passing mention a match", () => {
    // Police officers only mention data; among all careers the data careers push them out.
    expect(browse({ q: "data" }).careers.map((career) => career.slug)).not.toContain("police-officers");
    expect(browse({ q: "data", category: "protective-service" }).total).toBe(0);
    // Pharmacists mention nurses: not a nursing job paying $100,000.
    expect(browse({ q: "nurse", minSalary: "100000" }).total).toBe(0);
    const search = browse({ q: "nurse" }).careers.map((career) => career.slug);
    expect(browse({ q: "nurse", category: "healthcare" }).careers.map((career) => career.slug)).toEqual(search);
  });

  it("says when a search word matched only with a close spelling", () => {
    expect(browse({ q: "welidng" })).toMatchObject({ total: 1, closeSpellings: ["welidng"] });
    expect(browse({ q: "welding" }).closeSpellings).toEqual([]);
  });

  it("combines search with filters", () => {
    const result = browse({ q: "assistant", category: "healthcare" });
    expect(result.careers.map((career) => career.slug)).toContain("medical-assistants");
    expect(result.careers.every((career) => career.category === "healthcare")).toBe(true);
  });

  it.each([
    ["salary", (c: (typeof careers)[number]) => -c.salary.median],
    ["score", (c: (typeof careers)[number]) => -c.score.total],
    ["growth", (c: (typeof careers)[number]) => -c.outlook.growthPercent],
  ] as const)("sorts by %s, highest first", (sort, key) => {
    const values = browse({ sort }).careers.map(key);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it("sorts by title", () => {
    const titles = browse({ sort: "title" }).careers.map((career) => career.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it("pages results and clamps a page past the end", () => {
    const all = browse({});
    expect(all.careers.length).toBe(Math.min(pageSize, careers.length));
    const last = browse({ page: "999" });
    expect(last.page).toBe(all.pageCount);
  });
});

describe("comparisons", () => {
  it("keeps known careers in order, names unknown ones, and caps at four", () => {
    const comparison = parseComparison({ careers: "medical-assistants,nope,phlebotomists,medical-assistants" }, careers);
    expect(comparison.careers.map((career) => career.slug)).toEqual(["medical-assistants", "phlebotomists"]);
    expect(comparison.unknown).toEqual(["nope"]);
    const many = parseComparison({ careers: careers.slice(0, 6).map((career) => career.slug).join(",") }, careers);
    expect(many.careers).toHaveLength(4);
    expect(many.dropped).toHaveLength(2);
  });

  it("adds from the form's add field and survives junk", () => {
    expect(parseComparison({ careers: "medical-assistants", add: "phlebotomists" }, careers).careers).toHaveLength(2);
    expect(parseComparison({ careers: ["", ",,,", "<b>".repeat(5000)] }, careers).unknown[0]).toMatch(/…$/);
    expect(compareHref(["a", "b"])).toBe("/compare?careers=a,b");
  });

  it("searches with at most 100 characters of each typed career, cleaned like a search", () => {
    const searched: string[] = [];
    const find = (text: string) => (searched.push(text), []);
    parseComparison({ careers: "welders", add: ["x".repeat(500), "\u202Eevil\u0000 nurse"] }, careers, find);
    expect(searched).toEqual(["x".repeat(100), "evil nurse"]);
    const shown = parseComparison({ careers: `${"😀".repeat(30)}\u202E,welders` }, careers).unknown;
    expect(shown).toEqual([`${"😀".repeat(30)}`]);
  });

  it("adds what someone typed: an exact title, or the best match not already compared", () => {
    const find = (text: string) => searchSlugs(index, text);
    const slugsOf = (params: Record<string, string>) => parseComparison(params, careers, find).careers.map((career) => career.slug);
    expect(slugsOf({ careers: "medical-assistants", add: "Phlebotomists" })).toEqual(["medical-assistants", "phlebotomists"]);
    expect(slugsOf({ careers: "medical-assistants", add: "dentl asistant" })).toEqual(["medical-assistants", "dental-assistants"]);
    // "nurse" matches several careers: the best one not yet compared is added.
    expect(slugsOf({ careers: "registered-nurses", add: "nurse" })).toEqual(["registered-nurses", "licensed-practical-nurses"]);
    const none = parseComparison({ careers: "medical-assistants", add: "zzzz qqqq" }, careers, find);
    expect(none.unknown).toEqual(["zzzz qqqq"]);
    // A match that is compared already says so, rather than "no career matching".
    const again = parseComparison({ careers: "welders", add: "welding" }, careers, find);
    expect(again).toMatchObject({ unknown: [], already: ["Welders, Cutters, Solderers, and Brazers"] });
    expect(again.careers.map((career) => career.slug)).toEqual(["welders"]);
  });

  it("suggests the compared careers' related ones, never those already compared, at most six", () => {
    const compared = careers.filter((career) => ["medical-assistants", "phlebotomists"].includes(career.slug));
    const suggestions = suggestedAdditions(compared, careers).map((career) => career.slug);
    expect(suggestions).toContain("dental-assistants");
    expect(suggestions).not.toContain("medical-assistants");
    expect(suggestions).not.toContain("phlebotomists");
    expect(suggestions.length).toBeLessThanOrEqual(6);
  });
});
