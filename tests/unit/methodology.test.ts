import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataSources } from "@/app/methodology/_components/data-sources";
import { epochLabels } from "@/lib/content/epoch";
import { careersBySlug, loadCatalog } from "@/lib/catalog/load";
import { exposureCrosswalk, exposureCrosswalkSources } from "@/lib/dataset/exposure";
import { datasetDir } from "@/lib/dataset/files";
import { nationalDataset } from "@/lib/dataset/national";

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

describe("the methodology's data sources", () => {
  const dataset = nationalDataset(datasetDir(path.resolve("content")));
  const html = renderToStaticMarkup(DataSources({ dataset }));
  /** The section's text as a reader sees it: tags dropped, entities read back. */
  const text = html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
  const cell = (value: string) => expect(html).toContain(`<td>${value.replace(/&/g, "&amp;").replace(/'/g, "&#x27;")}</td>`);

  it("names every source of the manifest in the table: title linked to its page, publisher, release, license", () => {
    expect(html).toMatch(/<h2 id="data-sources">Data sources<\/h2>/);
    expect(html).toContain("<caption>Sources of the national dataset</caption>");
    expect(dataset.manifest.sources.map((source) => source.id)).toEqual(["oews", "projections", "exposure", "interests"]);
    for (const source of dataset.manifest.sources) {
      expect(html).toContain(`<th scope="row"><a href="${source.url}" rel="noopener noreferrer external">`);
      expect(text).toContain(source.title);
      cell(source.release);
      cell(source.publisher);
      cell(source.license);
      expect(html).toContain(`<time dateTime="${source.published}">`);
    }
    expect(text).toContain("May 2025");
    expect(text).toContain("2024–34");
    expect(text).toContain("April 2026"); // OEWS published 2026-04
  });

  it("shows O*NET's required credit", () => {
    const credit = dataset.source("interests").credit;
    expect(credit).toMatch(/^This page includes information from the O\*NET/);
    expect(text).toContain(credit);
  });

  it("states the exposure rule with every crosswalk entry and its source, and what β is not", () => {
    expect(text).toContain("ending in .00");
    for (const [soc, from] of Object.entries(exposureCrosswalk)) {
      expect(html).toContain(`<th scope="row">${soc}</th>`);
      for (const code of from) expect(text).toContain(code);
    }
    for (const source of exposureCrosswalkSources) expect(html).toContain(`href="${source.url}"`);
    expect(text).toMatch(/stay unrated\. They get no AI resilience score unless their profile supplies an exposure figure/);
    expect(text).toContain("not a probability of job loss");
    expect(text).toContain("not published");
  });

  it("no longer says figures are stated in profiles", () => {
    expect(methodology).not.toMatch(/stated in the profile|Each profile names the year|profile's period|figures were last checked/);
  });
});
