import { describe, expect, it } from "vitest";
import { browseCareers, pageSize } from "@/lib/browse/browse";
import { browseHref, parseBrowseHref, parseBrowseQuery } from "@/lib/browse/query";
import { countByCategory } from "@/lib/catalog/stats";
import { compareHref, parseComparison, suggestedAdditions } from "@/lib/compare/compare";
import type { Occupation } from "@/lib/catalog/occupations";
import { entryLevelIds } from "@/lib/content/taxonomy";
import { findProfileSlugs, fixtureCatalog, fixtureIndex } from "./fixture-catalog";

const { careers, occupations } = fixtureCatalog();
const index = fixtureIndex();
/** The /careers page: every occupation of the catalog, browsed with the index over all of them. */
const browse = (params: Record<string, string | string[]>) => browseCareers(occupations, index, parseBrowseQuery(params));
const slugs = (params: Record<string, string | string[]>) => browse(params).careers.map((occupation) => occupation.slug);
/** Every page of a list, in order. */
function browseAll(params: Record<string, string>): Occupation[] {
  const { pageCount } = browse(params);
  return Array.from({ length: pageCount }, (_, page) => browse({ ...params, page: String(page + 1) }).careers).flat();
}
const figuresOnly = (list: readonly Occupation[]) => list.filter((occupation) => occupation.kind === "figures").map((occupation) => occupation.slug);

describe("parsing query parameters", () => {
  it("reads every filter and sort", () => {
    expect(parseBrowseQuery({ q: " nurse ", category: "healthcare", tier: "ai-augmented", education: "associate", minSalary: "$50,000", credential: "required", show: "profiles", sort: "salary", page: "2" }))
      .toEqual({ q: "nurse", category: "healthcare", tier: "ai-augmented", education: "associate", minSalary: 50000, credential: "required", show: "profiles", sort: "salary", page: 2, notes: [] });
  });

  it("defaults to relevance when searching and title otherwise", () => {
    expect(parseBrowseQuery({ q: "nurse" }).sort).toBe("relevance");
    expect(parseBrowseQuery({}).sort).toBe("title");
    expect(parseBrowseQuery({ sort: "relevance" }).sort).toBe("title");
  });

  it("reads which occupations to show, leaving it unset where it is the default for the search", () => {
    expect(parseBrowseQuery({ show: "all" }).show).toBe("all");
    expect(parseBrowseQuery({ q: "nurse", show: "profiles" }).show).toBe("profiles");
    // A search covers every occupation and the bare list shows profiles: saying so again chooses nothing.
    expect(parseBrowseQuery({ q: "nurse", show: "all" }).show).toBeUndefined();
    expect(parseBrowseQuery({ show: "profiles" }).show).toBeUndefined();
    expect(parseBrowseQuery({ show: "everything" })).toMatchObject({ show: undefined, notes: ['Ignored occupations to show "everything": not one we know.'] });
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

  it("round-trips the occupations to show, naming them only where they differ from the default", () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ show: "all" }, "/careers?show=all"],
      [{ show: "all", category: "healthcare", page: "2" }, "/careers?category=healthcare&show=all&page=2"],
      [{ q: "nurse", show: "profiles" }, "/careers?q=nurse&show=profiles"],
      [{ q: "nurse", show: "all" }, "/careers?q=nurse"],
      [{ show: "profiles" }, "/careers"],
    ];
    for (const [params, href] of cases) {
      const query = parseBrowseQuery(params);
      expect(browseHref(query), JSON.stringify(params)).toBe(href);
      expect(parseBrowseHref(href), JSON.stringify(params)).toEqual(query);
    }
    // A search covers every occupation anyway; without the search, a profiles-only choice is the default again.
    expect(browseHref(parseBrowseQuery({ show: "all" }), { q: "aide", sort: "relevance" })).toBe("/careers?q=aide");
    expect(browseHref(parseBrowseQuery({ q: "aide", show: "profiles" }), { q: "" })).toBe("/careers");
    expect(browseHref(parseBrowseQuery({ show: "all" }), { page: 3 })).toBe("/careers?show=all&page=3");
  });
});

describe("category counts for the filter", () => {
  it("counts published careers per category and leaves out empty ones", () => {
    const counts = countByCategory(careers);
    expect(counts.find((entry) => entry.id === "healthcare")?.count).toBe(9);
    expect(counts.find((entry) => entry.id === "healthcare")?.count).toBe(browse({ category: "healthcare" }).total);
    expect(counts.every((entry) => entry.count > 0)).toBe(true);
    expect(counts.map((entry) => entry.id)).not.toContain("military");
    // No profile is a manager: the category shows only when the list holds every occupation.
    expect(counts.map((entry) => entry.id)).not.toContain("management");
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(careers.length);
  });

  it("counts every occupation when the list shows them all", () => {
    const counts = countByCategory(occupations);
    expect(counts.find((entry) => entry.id === "healthcare")?.count).toBe(11);
    expect(counts.find((entry) => entry.id === "healthcare")?.count).toBe(browse({ category: "healthcare", show: "all" }).total);
    expect(counts).toContainEqual({ id: "management", count: 2 });
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(occupations.length);
  });

  it("keeps the selected category even when it is empty, in its usual place", () => {
    const counts = countByCategory(careers, "military");
    expect(counts).toContainEqual({ id: "military", count: 0 });
    const ids = counts.map((entry) => entry.id);
    expect(ids.indexOf("military")).toBeGreaterThan(ids.indexOf("math"));
    expect(countByCategory(careers, "healthcare")).toEqual(countByCategory(careers));
  });
});

describe("which occupations a list holds", () => {
  it("the bare list holds only the profiles; show=all adds the figures-only occupations", () => {
    const bare = browseAll({});
    expect(bare).toHaveLength(careers.length);
    expect(bare).toHaveLength(44);
    expect(bare.every((occupation) => occupation.kind === "profile")).toBe(true);

    const all = browseAll({ show: "all" });
    expect(all).toHaveLength(occupations.length);
    expect(all).toHaveLength(56);
    expect(figuresOnly(all)).toEqual([
      "actors",
      "childcare-workers",
      "education-administrators-all-other",
      "fast-food-and-counter-workers",
      "home-health-and-personal-care-aides",
      "legislators",
      "light-truck-drivers",
      "maintenance-and-repair-workers-general",
      "nursing-assistants",
      "office-clerks-general",
      "security-guards",
      "waiters-and-waitresses",
    ]);
  });

  it("a search covers every occupation unless the reader asks for profiles only", () => {
    expect(slugs({ q: "nurse" })).toEqual(["registered-nurses", "licensed-practical-nurses", "nursing-assistants"]);
    expect(slugs({ q: "nurse", show: "profiles" })).toEqual(["registered-nurses", "licensed-practical-nurses"]);
  });

  it("a search for home health aide lists the figures-only Home Health and Personal Care Aides first", () => {
    const [first] = browse({ q: "home health aide" }).careers;
    expect(first).toMatchObject({ kind: "figures", slug: "home-health-and-personal-care-aides", title: "Home Health and Personal Care Aides", socCode: "31-1120", category: "healthcare" });
    expect(slugs({ q: "home health aide", show: "profiles" })).not.toContain("home-health-and-personal-care-aides");
  });
});

describe("filters and sorting", () => {
  it("filters by category", () => {
    expect(slugs({ category: "healthcare" })).toEqual([
      "dental-assistants", "licensed-practical-nurses", "medical-assistants", "medical-records-specialists", "pharmacists",
      "pharmacy-technicians", "phlebotomists", "physical-therapists", "registered-nurses",
    ]);
    expect(figuresOnly(browse({ category: "healthcare", show: "all" }).careers)).toEqual(["home-health-and-personal-care-aides", "nursing-assistants"]);
    expect(slugs({ category: "management", show: "all" })).toEqual(["education-administrators-all-other", "legislators"]);
  });

  it("filters by AI tier, which leaves out the figures-only occupations (they are not rated)", () => {
    const result = browse({ tier: "ai-augmented" });
    expect(result.total).toBe(23);
    expect(result.careers.map((career) => (career.kind === "profile" ? career.score?.tier : career.kind))).toEqual(result.careers.map(() => "ai-augmented"));
    const all = browseAll({ tier: "ai-augmented", show: "all" });
    expect(all).toHaveLength(23);
    expect(figuresOnly(all)).toEqual([]);
    expect(slugs({ category: "healthcare", tier: "ai-resilient" })).toEqual(["phlebotomists", "physical-therapists"]);
    // "aide" finds Home Health and Personal Care Aides, but an AI tier filter leaves it out.
    expect(slugs({ q: "aide" })).toContain("home-health-and-personal-care-aides");
    expect(slugs({ q: "aide", tier: "ai-augmented" })).not.toContain("home-health-and-personal-care-aides");
  });

  it("filters by entry education at most a level, figures-only occupations by their BLS category", () => {
    const max = entryLevelIds.indexOf("postsecondary-certificate");
    const entryOf = (occupation: Occupation) => entryLevelIds.indexOf(occupation.figures.projections?.entryEducation?.id ?? "doctoral-or-professional");
    const profiles = browseAll({ education: "postsecondary-certificate" });
    expect(profiles).toHaveLength(28);
    expect(profiles.every((occupation) => entryOf(occupation) <= max)).toBe(true);
    expect(profiles.map((occupation) => occupation.slug)).toContain("medical-assistants");
    const all = browseAll({ education: "postsecondary-certificate", show: "all" });
    expect(all).toHaveLength(37);
    expect(all.every((occupation) => entryOf(occupation) <= max)).toBe(true);
    // Nursing assistants: postsecondary nondegree award; home health aides: high school. Legislators need a degree.
    expect(figuresOnly(all)).toEqual(expect.arrayContaining(["nursing-assistants", "home-health-and-personal-care-aides"]));
    expect(figuresOnly(all)).not.toContain("legislators");
    expect(slugs({ education: "none", show: "all" })).toEqual([
      "cashiers", "construction-laborers", "farmworkers", "fast-food-and-counter-workers", "janitors", "retail-sales-workers", "waiters-and-waitresses",
    ]);
  });

  it("filters by minimum median salary; a median that is not published never passes", () => {
    const wellPaid = browseAll({ minSalary: "60000" });
    expect(wellPaid).toHaveLength(21);
    expect(wellPaid.every((occupation) => (occupation.figures.wages?.median ?? 0) >= 60000)).toBe(true);
    // Actors' wages are suppressed (`*`) and Legislators have none in OEWS: any floor leaves both out.
    const anyPay = browseAll({ minSalary: "1", show: "all" });
    expect(anyPay).toHaveLength(54);
    expect(anyPay.map((occupation) => occupation.slug)).not.toContain("actors");
    expect(anyPay.map((occupation) => occupation.slug)).not.toContain("legislators");
  });

  it("filters by credential, which only profiles state", () => {
    const required = browseAll({ credential: "required" });
    expect(required).toHaveLength(16);
    expect(required.every((career) => career.kind === "profile" && career.education?.credentialRequired === true)).toBe(true);
    const notRequired = browseAll({ credential: "not-required" });
    expect(notRequired).toHaveLength(28);
    expect(notRequired.every((career) => career.kind === "profile" && !career.education?.credentialRequired)).toBe(true);
    expect(browseAll({ credential: "not-required", show: "all" })).toEqual(notRequired);
  });

  it("filters only narrow what the search finds: a filter never makes a passing mention a match", () => {
    // Police officers only mention data; among all careers the data careers push them out.
    expect(slugs({ q: "data" })).toEqual(["data-scientists", "data-entry-keyers"]);
    expect(browse({ q: "data", category: "protective-service" }).total).toBe(0);
    // Pharmacists mention nurses: not a nursing job paying $100,000.
    expect(browse({ q: "nurse", minSalary: "100000" }).total).toBe(0);
    expect(slugs({ q: "nurse", category: "healthcare" })).toEqual(slugs({ q: "nurse" }));
  });

  it("says when a search word matched only with a close spelling", () => {
    expect(browse({ q: "welidng" })).toMatchObject({ total: 1, closeSpellings: ["welidng"] });
    expect(slugs({ q: "welidng" })).toEqual(["welders"]);
    expect(browse({ q: "welding" }).closeSpellings).toEqual([]);
  });

  it("combines search with filters", () => {
    expect(slugs({ q: "assistant", category: "healthcare" })).toEqual(["medical-assistants", "dental-assistants", "nursing-assistants", "phlebotomists"]);
    expect(slugs({ q: "assistant", category: "healthcare", show: "profiles" })).toEqual(["medical-assistants", "dental-assistants", "phlebotomists"]);
  });

  it.each([
    ["salary", (occupation: Occupation) => occupation.figures.wages?.median ?? undefined],
    ["score", (occupation: Occupation) => (occupation.kind === "profile" ? occupation.score?.total : undefined)],
    ["growth", (occupation: Occupation) => occupation.figures.projections?.percentChange],
  ] as const)("sorts by %s, highest first, with every occupation missing the figure last", (sort, value) => {
    for (const show of ["profiles", "all"]) {
      const list = browseAll({ sort, show });
      const values = list.map(value);
      const known = values.filter((figure): figure is number => figure !== undefined);
      expect(values.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a));
      expect(values.slice(known.length).every((figure) => figure === undefined)).toBe(true);
    }
  });

  it("sorts by salary with the occupations that have no published median last: Actors (suppressed), then Legislators (not in OEWS)", () => {
    const list = browseAll({ sort: "salary", show: "all" });
    expect(list.slice(0, 3).map((occupation) => occupation.slug)).toEqual(["lawyers", "pharmacists", "software-developers"]);
    expect(list.slice(-3).map((occupation) => occupation.slug)).toEqual(["fast-food-and-counter-workers", "actors", "legislators"]);
    expect(list.at(-2)?.figures.wages?.median).toBeNull();
    expect(list.at(-1)?.figures.wages).toBeUndefined();
    expect(slugs({ category: "healthcare", sort: "salary" })).toEqual([
      "pharmacists", "physical-therapists", "registered-nurses", "licensed-practical-nurses", "medical-records-specialists",
      "dental-assistants", "pharmacy-technicians", "medical-assistants", "phlebotomists",
    ]);
  });

  it("sorts by score with every figures-only occupation after the profiles, by title", () => {
    const list = browseAll({ sort: "score", show: "all" });
    expect(list.slice(0, 44).every((occupation) => occupation.kind === "profile")).toBe(true);
    expect(list.slice(44).map((occupation) => occupation.slug)).toEqual(figuresOnly(browseAll({ show: "all" })));
    expect(list[0].slug).toBe("physical-therapists");
  });

  it("sorts by title", () => {
    for (const show of ["profiles", "all"]) {
      const titles = browseAll({ sort: "title", show }).map((career) => career.title);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    }
  });

  it("pages results and clamps a page past the end", () => {
    const all = browse({});
    expect(all.careers.length).toBe(pageSize);
    expect(all.pageCount).toBe(3);
    const last = browse({ page: "999" });
    expect(last.page).toBe(3);
    expect(last.careers).toHaveLength(careers.length - 2 * pageSize);
    expect(browse({ show: "all", page: "999" }).careers).toHaveLength(occupations.length - 2 * pageSize);
  });
});

describe("comparisons", () => {
  it("keeps known careers in order, names unknown ones, and caps at four", () => {
    const comparison = parseComparison({ careers: "medical-assistants,nope,phlebotomists,medical-assistants" }, careers);
    expect(comparison.careers.map((career) => career.slug)).toEqual(["medical-assistants", "phlebotomists"]);
    expect(comparison.unknown).toEqual(["nope"]);
    const many = parseComparison({ careers: careers.slice(0, 6).map((career) => career.slug).join(",") }, careers);
    expect(many.careers.map((career) => career.slug)).toEqual(["accountants", "automotive-service-technicians", "bookkeeping-clerks", "cabinetmakers"]);
    expect(many.dropped).toEqual(["Carpenters", "Cashiers"]);
  });

  it("compares profiles only: a figures-only occupation's slug is not a career to compare", () => {
    const comparison = parseComparison({ careers: "nursing-assistants,medical-assistants" }, careers);
    expect(comparison.careers.map((career) => career.slug)).toEqual(["medical-assistants"]);
    expect(comparison.unknown).toEqual(["nursing-assistants"]);
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
    const slugsOf = (params: Record<string, string>) => parseComparison(params, careers, findProfileSlugs).careers.map((career) => career.slug);
    expect(slugsOf({ careers: "medical-assistants", add: "Phlebotomists" })).toEqual(["medical-assistants", "phlebotomists"]);
    expect(slugsOf({ careers: "medical-assistants", add: "dentl asistant" })).toEqual(["medical-assistants", "dental-assistants"]);
    // "nurse" matches several careers: the best one not yet compared is added (never the figures-only Nursing Assistants).
    expect(slugsOf({ careers: "registered-nurses", add: "nurse" })).toEqual(["registered-nurses", "licensed-practical-nurses"]);
    expect(slugsOf({ careers: "registered-nurses,licensed-practical-nurses", add: "nurse" })).toEqual(["registered-nurses", "licensed-practical-nurses"]);
    const none = parseComparison({ careers: "medical-assistants", add: "zzzz qqqq" }, careers, findProfileSlugs);
    expect(none.unknown).toEqual(["zzzz qqqq"]);
    // A match that is compared already says so, rather than "no career matching".
    const again = parseComparison({ careers: "welders", add: "welding" }, careers, findProfileSlugs);
    expect(again).toMatchObject({ unknown: [], already: ["Welders, Cutters, Solderers, and Brazers"] });
    expect(again.careers.map((career) => career.slug)).toEqual(["welders"]);
  });

  it("suggests the compared careers' related ones, never those already compared, at most six", () => {
    const compared = careers.filter((career) => ["medical-assistants", "phlebotomists"].includes(career.slug));
    expect(suggestedAdditions(compared, careers).map((career) => career.slug)).toEqual([
      "dental-assistants", "licensed-practical-nurses", "medical-records-specialists", "registered-nurses", "pharmacy-technicians",
    ]);
    const many = careers.filter((career) => ["registered-nurses", "medical-assistants"].includes(career.slug));
    expect(suggestedAdditions(many, careers).length).toBeLessThanOrEqual(6);
  });
});
