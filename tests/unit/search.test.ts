import { describe, expect, it } from "vitest";
import { buildSearchIndex, nearTitles, searchCareers, searchSlugs, type Searchable } from "@/lib/browse/search";
import { findProfileSlugs, fixtureCatalog, fixtureIndex, fixtureOccupation } from "./fixture-catalog";

/** The fixture catalog's occupations (44 profiles and 12 figures-only), indexed as the site indexes them. */
const { occupations } = fixtureCatalog();
const index = fixtureIndex();
const search = (query: string) => searchSlugs(index, query);

describe("search over the fixture catalog", () => {
  it("finds by prefix: nurs → nurses", () => {
    const slugs = search("nurs");
    expect(slugs.slice(0, 2).sort()).toEqual(["licensed-practical-nurses", "registered-nurses"]);
    // Then Nursing Assistants; Farmworkers' official title says "Nursery", a word of another sense, which a
    // part-word counts too little for to pass the relevance cut-off.
    expect(slugs).toEqual(["registered-nurses", "licensed-practical-nurses", "nursing-assistants"]);
  });

  it("tolerates typos: medcal asistant → Medical Assistants first", () => {
    expect(search("medcal asistant")[0]).toBe("medical-assistants");
  });

  it("finds certification abbreviations: CMA → Medical Assistants", () => {
    expect(search("CMA")[0]).toBe("medical-assistants");
  });

  it("finds by skills and duties, ignoring filler words", () => {
    expect(search("something with computers")).toEqual(["computer-support-specialists", "police-officers", "software-developers"]);
    expect(search("venipuncture")).toContain("phlebotomists");
  });

  it("returns nothing for nonsense or an empty query", () => {
    expect(search("qqqzzzxx")).toEqual([]);
    expect(search("   ")).toEqual([]);
  });
});

describe("relevance over the fixture catalog", () => {
  it("welding finds the welders and nothing that only shares letters with it", () => {
    expect(search("welding")).toEqual(["welders"]);
  });

  it("teacher finds the teachers, not secretaries or truck drivers", () => {
    expect(search("teacher").sort()).toEqual(["elementary-school-teachers", "high-school-teachers"]);
    // A six-letter typo allows one edit, not two: "teachr" is not "teach" in every care job.
    expect(search("teachr").sort()).toEqual(["elementary-school-teachers", "high-school-teachers"]);
  });

  it("of several words, lists careers that match them all before those that match one", () => {
    const slugs = search("machine shop");
    expect(slugs).toEqual(["machinists", "cabinetmakers", "automotive-service-technicians", "data-scientists"]);
    expect(slugs.indexOf("cabinetmakers")).toBeLessThan(slugs.indexOf("data-scientists"));
  });

  it("nurse lists the nurses and nursing assistants, and nothing that merely mentions nurses or starts with the word (Nursery)", () => {
    for (const query of ["nurse", "nurses", "nursing"]) {
      expect(search(query).sort(), query).toEqual(["licensed-practical-nurses", "nursing-assistants", "registered-nurses"]);
    }
    expect(search("nurse")).toEqual(["registered-nurses", "licensed-practical-nurses", "nursing-assistants"]);
    // Profiles weigh more than a figures-only title (see lib/catalog/index.ts), so the nurses' profiles lead.
    expect(search("nursing")[0]).toBe("registered-nurses");
    // Farmworkers' official title says "Nursery".
    expect(search("nursery")).toEqual(["farmworkers"]);
  });

  it("IT is the field, typed in capitals or in a short search, and never the pronoun or \"its\"", () => {
    expect(search("IT")).toEqual(["computer-support-specialists"]);
    expect(search("it support")[0]).toBe("computer-support-specialists");
    expect(search("it jobs")).toEqual(["computer-support-specialists"]);
    // In a sentence, "it" is a filler word again.
    expect(search("what is it like to fix cars")[0]).toBe("automotive-service-technicians");
  });

  it("a word finds its other forms: cooking → cooks, accounting → accountants, finance → Financial", () => {
    expect(search("cooking")).toEqual(["chefs-and-head-cooks"]);
    expect(search("accounting")).toEqual(["accountants", "bookkeeping-clerks"]);
    expect(search("finance")).toEqual(["financial-analysts"]);
    expect(search("records")[0]).toBe("medical-records-specialists");
  });

  it("data finds the data careers, not those that mention a data sheet", () => {
    expect(search("data")).toEqual(["data-scientists", "data-entry-keyers"]);
    expect(search("data")).not.toContain("janitors");
  });

  it("typos still find the career, as a fallback per word", () => {
    expect(search("welidng")).toEqual(["welders"]);
    expect(search("nurce")).toEqual(["registered-nurses", "licensed-practical-nurses"]);
    expect(search("pharmasist")[0]).toBe("pharmacists");
    // A word spelled right keeps its exact matches while the misspelled one is corrected.
    expect(search("registred nurse")[0]).toBe("registered-nurses");
  });

  it("applies the cut-off before the caller's filter, so a filter only narrows what the search finds", () => {
    // Police officers only mention data; next to the data careers they fall below the cut-off,
    // and a filter to protective service does not bring them back as a "match".
    expect(search("data")).not.toContain("police-officers");
    const police = new Set(occupations.filter((occupation) => occupation.category === "protective-service").map((occupation) => occupation.slug));
    expect(police).toEqual(new Set(["firefighters", "police-officers", "security-guards"]));
    expect(searchSlugs(index, "data", (slug) => police.has(slug))).toEqual([]);
    // Pharmacists mention nurses; "nurse" paying $100,000 or more is no career, not Pharmacists.
    const wellPaid = new Set(occupations.filter((occupation) => (occupation.figures.wages?.median ?? 0) >= 100_000).map((occupation) => occupation.slug));
    expect(wellPaid).toContain("pharmacists");
    expect(searchSlugs(index, "nurse", (slug) => wellPaid.has(slug))).toEqual([]);
  });

  it("finds careers by their category's name", () => {
    expect(search("healthcare").sort()).toEqual([
      "dental-assistants", "home-health-and-personal-care-aides", "licensed-practical-nurses", "medical-assistants", "medical-records-specialists",
      "nursing-assistants", "pharmacists", "pharmacy-technicians", "phlebotomists", "physical-therapists", "registered-nurses",
    ]);
    expect(search("production")).toEqual(["machinists", "graphic-designers", "cabinetmakers", "welders", "data-scientists"]);
    expect(search("math")).toEqual(["high-school-teachers", "data-scientists", "elementary-school-teachers"]);
  });

  it("says which words matched only with a close spelling", () => {
    expect(searchCareers(index, "welidng")).toEqual({ slugs: ["welders"], closeSpellings: ["welidng"], byName: true });
    expect(searchCareers(index, "pharmasist technician").closeSpellings).toEqual(["pharmasist"]);
    expect(searchCareers(index, "welding").closeSpellings).toEqual([]);
    // A word that finds nothing even with typos is not said to have a close spelling.
    expect(searchCareers(index, "nurse qqqqzzzz").closeSpellings).toEqual([]);
  });
});

describe("a search no career is called", () => {
  it("says whether a career matched by name, or only mentions the words in its description", () => {
    expect(searchCareers(index, "welder").byName).toBe(true);
    expect(searchCareers(index, "healthcare").byName).toBe(true);
    // Words only of duties and summaries: the careers mention them, none is called that.
    const mentions = searchCareers(index, "blueprints");
    expect(mentions.slugs.length).toBeGreaterThan(0);
    expect(mentions.byName).toBe(false);
    expect(searchCareers(index, "qqqzzzxx")).toEqual({ slugs: [], closeSpellings: [], byName: false });
  });

  it("offers the occupations whose title is spelled close to the search", () => {
    expect(nearTitles(index, "weldr", () => true)).toContain("welders");
    expect(nearTitles(index, "electrishan", () => true)).toContain("electricians");
    expect(nearTitles(index, "welder", (slug) => slug !== "welders")).not.toContain("welders");
    expect(nearTitles(index, "a", () => true)).toEqual([]);
  });
});

describe("occupations without a profile", () => {
  it("home health aide finds the figures-only Home Health and Personal Care Aides first", () => {
    for (const query of ["home health aide", "home health aides", "personal care aide"]) {
      const [first] = search(query);
      expect(first, query).toBe("home-health-and-personal-care-aides");
      expect(fixtureOccupation(first)).toMatchObject({ kind: "figures", title: "Home Health and Personal Care Aides", socCode: "31-1120" });
    }
  });

  it("are found by their official title and their category's name", () => {
    expect(search("waiter")).toEqual(["waiters-and-waitresses"]);
    // First, and never Financial Analysts through "securities", a word of another sense.
    expect(search("security guard")[0]).toBe("security-guards");
    expect(search("security guard")).not.toContain("financial-analysts");
    expect(search("legislator")).toEqual(["legislators"]);
    expect(search("actor")).toEqual(["actors"]);
    // Titles with the word first (Bookkeeping Clerks, Office Clerks), then careers that use it in other names.
    expect(search("clerk")).toEqual(["bookkeeping-clerks", "office-clerks-general", "data-entry-keyers", "cashiers", "retail-sales-workers"]);
    expect(search("entertainment")).toEqual(["actors"]);
  });

  it("a profile is found by its official title too, ahead of the figures-only occupations beside it", () => {
    expect(search("Heavy and Tractor-Trailer Truck Drivers")[0]).toBe("heavy-truck-drivers");
    expect(search("truck driver")).toEqual(["heavy-truck-drivers", "light-truck-drivers"]);
    expect(search("cosmetologist")).toEqual(["hairdressers"]);
  });

  it("are left out where only profiles count (adding to a comparison)", () => {
    expect(findProfileSlugs("nurse")).toEqual(["registered-nurses", "licensed-practical-nurses"]);
    expect(findProfileSlugs("waiter")).toEqual([]);
  });
});

describe("ranking", () => {
  const doc = (slug: string, fields: Partial<Searchable>): Searchable => ({
    slug, title: slug, summary: "A job that people do every day at work.", duties: ["Does the ordinary tasks of the job."], ...fields,
  });
  const inProse = [
    doc("in-duties", { title: "Clinic Clerks", duties: ["Books welding appointments for the clinic."] }),
    doc("in-summary", { title: "Metal Artists", summary: "Shape metal sculpture, sometimes by welding pieces together." }),
  ];
  const ranked = buildSearchIndex([
    ...inProse,
    doc("in-alias", { title: "Fabricators", aliases: ["Welding Fabricator"] }),
    doc("in-title", { title: "Welding Technicians" }),
    doc("in-cert", { title: "Pipe Fitters", certifications: [{ name: "Certified Welding Inspector", abbreviation: "CWI" }] }),
  ]);

  it("ranks title, then alias, then certification; summary above duties", () => {
    // Mentions in prose fall below the cut-off next to careers named for the word.
    expect(searchSlugs(ranked, "welding")).toEqual(["in-title", "in-alias", "in-cert"]);
    expect(searchSlugs(buildSearchIndex(inProse), "welding")).toEqual(["in-summary", "in-duties"]);
  });

  it("matches the start of a word only in titles, aliases, certifications and skills", () => {
    const cooling = buildSearchIndex([
      doc("named", { title: "Refrigeration Mechanics" }),
      doc("mentions", { duties: ["Books refrigeration repairs for the shop."] }),
    ]);
    expect(searchSlugs(cooling, "refrig")).toEqual(["named"]);
    // A whole word finds its other forms everywhere: "weld" is in "welding".
    expect(searchSlugs(buildSearchIndex(inProse), "weld").sort()).toEqual(["in-duties", "in-summary"]);
  });
});
