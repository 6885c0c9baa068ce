import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/load";
import { buildSearchIndex, searchSlugs, type Searchable } from "@/lib/search";

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

describe("ranking", () => {
  const doc = (slug: string, fields: Partial<Searchable>): Searchable => ({
    slug, title: slug, summary: "A job that people do every day at work.", duties: ["Does the ordinary tasks of the job."], ...fields,
  });
  const ranked = buildSearchIndex([
    doc("in-duties", { title: "Clinic Clerks", duties: ["Books welding appointments for the clinic."] }),
    doc("in-summary", { title: "Metal Artists", summary: "Shape metal sculpture, sometimes by welding pieces together." }),
    doc("in-alias", { title: "Fabricators", aliases: ["Welding Fabricator"] }),
    doc("in-title", { title: "Welders" }),
    doc("in-cert", { title: "Pipe Fitters", certifications: [{ name: "Certified Welding Inspector", abbreviation: "CWI" }] }),
  ]);

  it("ranks title, then alias, then certification, above summary and duties", () => {
    expect(searchSlugs(ranked, "weld")).toEqual(["in-title", "in-alias", "in-cert", "in-summary", "in-duties"]);
  });
});
