import path from "node:path";
import { describe, expect, it } from "vitest";
import { comparisonDescription, comparisonImage, figureYearsNotice } from "@/lib/compare/summary";
import { formatList } from "@/lib/site/format";
import { careersBySlug, loadCatalog, type Career } from "@/lib/catalog/load";

const bySlug = careersBySlug(loadCatalog(path.resolve("content/careers"), "production").careers);
const career = (slug: string): Career => {
  const found = bySlug.get(slug);
  if (!found) throw new Error(`no career ${slug}`);
  return found;
};
/** A copy of a career whose figures are dated differently. */
const dated = (base: Career, year: number, period: string): Career => ({ ...base, salary: { ...base.salary, year }, outlook: { ...base.outlook, period } });

describe("a comparison's link preview", () => {
  const pair = [career("registered-nurses"), career("medical-assistants")];

  it("describes the careers by name, AI resilience score and median pay, in the order compared", () => {
    expect(comparisonDescription(pair)).toBe("Registered Nurses vs Medical Assistants: AI resilience 3/6 vs 4/6; median pay $86,070 vs $42,000");
    // Wages from different years say so, as the page does.
    expect(comparisonDescription([career("registered-nurses"), career("software-developers")]))
      .toBe("Registered Nurses vs Software Developers: AI resilience 3/6 vs 3/6; median pay $86,070 vs $120,730 (2023 vs 2021 wages)");
  });

  it("uses the comparison's own image, whose alt text names the careers, tiers and pay", () => {
    expect(comparisonImage(pair)).toEqual({
      url: "/og/compare?careers=registered-nurses,medical-assistants",
      alt: "Registered Nurses vs Medical Assistants compared: AI resilience 3/6 (AI-Augmented) vs 4/6 (AI-Augmented); median pay $86,070 vs $42,000",
    });
  });
});

describe("the notice about figures from different years", () => {
  const base = career("medical-assistants");

  it("is absent when every wage and projection is from the same years", () => {
    expect(figureYearsNotice([dated(base, 2023, "2024-2034"), dated(career("dental-assistants"), 2023, "2024-2034")])).toBeUndefined();
  });

  it("names the different wage years and projection periods, oldest first", () => {
    const notice = figureYearsNotice([dated(base, 2023, "2024-2034"), dated(base, 2021, "2020-2030")]);
    expect(notice).toBe("These figures are from different years (median pay from 2021 and 2023; job outlook for 2020–2030 and 2024–2034), so part of a gap between them can be down to timing.");
  });

  it("names only what differs, each year once", () => {
    const notice = figureYearsNotice([dated(base, 2023, "2024-2034"), dated(base, 2021, "2024-2034"), dated(base, 2023, "2024-2034"), dated(base, 2019, "2024-2034")]);
    expect(notice).toContain("median pay from 2019, 2021, and 2023)");
    expect(notice).not.toContain("job outlook");
    expect(figureYearsNotice([dated(base, 2023, "2024-2034"), dated(base, 2023, "2022-2032")])).toContain("(job outlook for 2022–2032 and 2024–2034)");
  });

  it("fires for real content whose figures differ: medical assistants (2023) and phlebotomists (2021)", () => {
    expect(figureYearsNotice([base, career("phlebotomists")])).toContain("median pay from 2021 and 2023");
  });
});

it("lists items in plain English", () => {
  expect(formatList(["2021"])).toBe("2021");
  expect(formatList(["2021", "2023"])).toBe("2021 and 2023");
});
