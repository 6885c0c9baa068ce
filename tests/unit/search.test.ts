import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { buildSearchIndex, searchCareers, searchSlugs, type Searchable } from "@/lib/browse/search";

const careers = loadCatalog(path.resolve("content/careers"), "production").careers;
const index = buildSearchIndex(careers);
const search = (query: string) => searchSlugs(index, query);

describe("search over the real catalog", () => {
  it("finds by prefix: nurs → nurses", () => {
    const slugs = search("nurs");
    expect(slugs.slice(0, 2).sort()).toEqual(["licensed-practical-nurses", "registered-nurses"]);
  });

  it("tolerates typos: medcal asistant → Medical Assistants first", () => {
    expect(search("medcal asistant")[0]).toBe("medical-assistants");
  });

  it("finds certification abbreviations: CMA → Medical Assistants", () => {
    expect(search("CMA")[0]).toBe("medical-assistants");
  });

  it("finds by skills and duties, ignoring filler words", () => {
    expect(search("something with computers").slice(0, 5)).toEqual(expect.arrayContaining(["computer-support-specialists"]));
    expect(search("venipuncture")).toContain("phlebotomists");
  });

  it("returns nothing for nonsense or an empty query", () => {
    expect(search("qqqzzzxx")).toEqual([]);
    expect(search("   ")).toEqual([]);
  });
});

describe("relevance over the real catalog", () => {
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
    expect(slugs[0]).toBe("machinists");
    expect(slugs.indexOf("cabinetmakers")).toBeLessThan(slugs.indexOf("data-scientists"));
  });

  it("nurse lists the nurses, and nothing that merely mentions nurses or starts with the word (Nursery)", () => {
    for (const query of ["nurse", "nurses", "nursing"]) {
      expect(search(query).sort(), query).toEqual(["licensed-practical-nurses", "registered-nurses"]);
    }
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
    expect(search("accounting").sort()).toEqual(["accountants", "bookkeeping-clerks"]);
    expect(search("finance")).toEqual(["financial-analysts"]);
    expect(search("records")[0]).toBe("medical-records-specialists");
  });

  it("data finds the data careers, not those that mention a data sheet", () => {
    expect(search("data").slice(0, 2).sort()).toEqual(["data-entry-keyers", "data-scientists"]);
    expect(search("data")).not.toContain("janitors");
  });

  it("typos still find the career, as a fallback per word", () => {
    expect(search("welidng")).toEqual(["welders"]);
    expect(search("nurce").slice(0, 2).sort()).toEqual(["licensed-practical-nurses", "registered-nurses"]);
    expect(search("pharmasist")[0]).toBe("pharmacists");
    // A word spelled right keeps its exact matches while the misspelled one is corrected.
    expect(search("registred nurse")[0]).toBe("registered-nurses");
  });

  it("applies the cut-off before the caller's filter, so a filter only narrows what the search finds", () => {
    // Police officers only mention data; next to the data careers they fall below the cut-off,
    // and a filter to protective service does not bring them back as a "match".
    expect(search("data")).not.toContain("police-officers");
    const police = new Set(careers.filter((career) => career.category === "protective-service").map((career) => career.slug));
    expect(searchSlugs(index, "data", (slug) => police.has(slug))).toEqual([]);
    // Pharmacists mention nurses; "nurse" paying $100,000 or more is no career, not Pharmacists.
    const wellPaid = new Set(careers.filter((career) => career.salary.median >= 100_000).map((career) => career.slug));
    expect(searchSlugs(index, "nurse", (slug) => wellPaid.has(slug))).toEqual([]);
  });

  it("finds careers by their category's name", () => {
    expect(search("healthcare")).toEqual(expect.arrayContaining(["registered-nurses", "phlebotomists", "pharmacists"]));
    expect(search("production")).toEqual(expect.arrayContaining(["machinists", "welders"]));
    expect(search("math")).toContain("data-scientists");
  });

  it("says which words matched only with a close spelling", () => {
    expect(searchCareers(index, "welidng")).toEqual({ slugs: ["welders"], closeSpellings: ["welidng"] });
    expect(searchCareers(index, "pharmasist technician").closeSpellings).toEqual(["pharmasist"]);
    expect(searchCareers(index, "welding").closeSpellings).toEqual([]);
    // A word that finds nothing even with typos is not said to have a close spelling.
    expect(searchCareers(index, "nurse qqqqzzzz").closeSpellings).toEqual([]);
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
