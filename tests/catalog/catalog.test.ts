/**
 * Editorial invariants over the real catalog (`npm run test:catalog`; part of `npm test`), apart
 * from the unit tests, which run on frozen fixtures. The catalog's invariants, so it cannot quietly shrink or rot: size and spread, complete
 * profiles, links that resolve both ways, no duplicated titles or aliases.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { tierOrder } from "@/lib/catalog/score";
import { entryLevelIds } from "@/lib/content/taxonomy";
import { recommendedSections } from "@/lib/content/warnings";
import { barFindings, profileFindings, type BarFinding } from "@/lib/catalog/editorial-bar";
import { epochOutliers, rubricExampleMismatches } from "./epoch-consistency";
import { catalogCoverage, catalogPlan } from "@/lib/catalog/coverage";

const contentDir = path.resolve(import.meta.dirname, "../../content/careers");
const catalog = loadCatalog(contentDir, "production");
const careers = catalog.careers;
const bySlug = new Map(careers.map((career) => [career.slug, career]));


function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

const line = (finding: BarFinding) => `${finding.slug}  ${finding.check}  ${finding.message}`;

describe("the published catalog", () => {
  it("has no invalid profile", () => {
    expect(catalog.errors.map((error) => error.message)).toEqual([]);
  });

  it("has at least 300 published profiles across at least 20 categories", () => {
    expect(careers.length).toBeGreaterThanOrEqual(300);
    expect(countBy(careers, (career) => career.category).size).toBeGreaterThanOrEqual(20);
  });

  it("has every AI tier at least 4 times", () => {
    const counts = countBy(careers, (career) => career.score?.tier ?? "unscored");
    for (const tier of tierOrder) expect(counts.get(tier) ?? 0, tier).toBeGreaterThanOrEqual(4);
  });

  it("spans entry levels from high school to doctoral", () => {
    // The BLS category of the profile's code, from the national dataset.
    const levels = new Set(careers.map((career) => career.figures.projections?.entryEducation?.id));
    expect(levels).toContain("high-school");
    expect(levels).toContain("bachelor");
    expect(levels).toContain("doctoral-or-professional");
    expect(levels.size).toBeGreaterThanOrEqual(Math.min(6, entryLevelIds.length));
  });

  it("includes the careers people most often ask about", () => {
    const asked = [
      "registered-nurses", "electricians", "plumbers", "hvac-technicians", "welders", "heavy-truck-drivers",
      "software-developers", "web-developers", "computer-support-specialists", "accountants", "paralegals",
      "customer-service-representatives", "cashiers", "elementary-school-teachers", "high-school-teachers",
      "pharmacy-technicians", "physical-therapists", "carpenters", "police-officers", "medical-assistants",
    ];
    expect(asked.filter((slug) => !bySlug.has(slug))).toEqual([]);
  });

  it("has no duplicate titles, and no alias shared by two profiles or equal to another's title", () => {
    const titles = careers.map((career) => career.title.toLowerCase());
    expect(duplicates(titles)).toEqual([]);
    const aliasOwners = careers.flatMap((career) =>
      [...new Set((career.aliases ?? []).map((alias) => alias.toLowerCase()))].map((alias) => ({ alias, slug: career.slug })),
    );
    expect(duplicates(aliasOwners.map((owner) => owner.alias))).toEqual([]);
    const clashes = aliasOwners.filter(({ alias, slug }) => careers.some((other) => other.slug !== slug && other.title.toLowerCase() === alias));
    expect(clashes).toEqual([]);
  });
});

describe.each(careers.map((career) => [career.slug, career] as const))("%s", (_slug, career) => {
  it("links at least 2 published profiles", () => {
    expect(career.related?.length ?? 0).toBeGreaterThanOrEqual(2);
    for (const slug of career.related ?? []) expect(bySlug.has(slug), slug).toBe(true);
  });

  it("meets the editorial bar: 6–10 duties, 3–6 time-split entries with details, 300–650 words in the four sections, 3–6 related, aliases, a one-sentence summary, no dataset figures quoted in the narrative", () => {
    expect(profileFindings(career).map(line)).toEqual([]);
    expect(career.toc.map((entry) => entry.text)).toEqual(recommendedSections);
  });

  it("embeds a video only of its own occupation (CareerOneStop's file named by its O*NET code)", () => {
    if (!career.video) return;
    expect(career.video.url).toMatch(new RegExp(`^https://cdn\\.careeronestop\\.org/OccVids/OccupationVideos/${career.socCode}\\.\\d\\d\\.mp4$`));
    expect(career.video.poster, "a poster would load from another site").toBeUndefined();
  });

  it("has its occupation's national figures: wages in order, projections, exposure and a score", () => {
    expect(career.figures.socCode).toBe(career.socCode);
    if (career.onetCode) expect(career.onetCode.startsWith(`${career.socCode}.`), career.onetCode).toBe(true);
    const { p10, p25, median, p75, p90 } = career.figures.wages ?? {};
    const published = [p10, p25, median, p75, p90].filter((value): value is number => typeof value === "number");
    expect(published).toEqual([...published].sort((a, b) => a - b));
    // Some occupations are paid by the hour or the gig, and BLS publishes only an hourly median (musicians).
    expect(median ?? career.figures.wages?.hourlyMedian).toBeGreaterThan(0);
    expect(career.figures.wages?.release).toBe("May 2025");
    expect(career.figures.projections?.release).toBe("2024–34");
    expect(career.exposure?.source.length ?? 0).toBeGreaterThan(0);
    expect(career.score?.total).toBeTypeOf("number");
    // Career progression: the published percentiles, in order (one the agency did not publish is left out).
    expect(career.progression.map((stage) => stage.amount)).toEqual(published);
  });
});

it("gives every occupation of the national dataset a page: its profile, or its figures", () => {
  expect(catalog.occupations).toHaveLength(catalog.dataset.occupations.size);
  expect(catalog.occupations.filter((occupation) => occupation.kind === "profile")).toHaveLength(careers.length);
  expect(duplicates(catalog.occupations.map((occupation) => occupation.slug))).toEqual([]);
  expect(duplicates(careers.map((career) => career.socCode))).toEqual([]);
});

it("leaves no profile an orphan: each is linked from at least one other", () => {
  const linked = new Set(careers.flatMap((career) => career.related ?? []));
  expect(careers.filter((career) => !linked.has(career.slug)).map((career) => career.slug)).toEqual([]);
});

it("shares no sentence of 8 or more words between profiles, has no near-duplicate narratives, no alias clashes, and related links that hold both ways", () => {
  const crossFile = barFindings(careers).filter((finding) => !profileFindings(bySlug.get(finding.slug)!).some((own) => own.message === finding.message));
  expect(crossFile.map(line)).toEqual([]);
});

it("rates the rubric's example jobs as the methodology's EPOCH rubric says", () => {
  expect(rubricExampleMismatches(careers)).toEqual([]);
});

it("has no EPOCH rating far from its category's without a recorded second look", () => {
  expect(epochOutliers(careers)).toEqual([]);
});

it("has a full profile for every one of the 320 largest occupations that is not an \"all other\" group, covering 88% of U.S. jobs", () => {
  const coverage = catalogCoverage(catalogPlan(catalog.dataset, careers));
  console.log(`${coverage.profiles} profiles cover ${coverage.employmentShare}% of U.S. employment`);
  expect(coverage.missing.map((entry) => `${entry.rank} ${entry.socCode} ${entry.title}`)).toEqual([]);
  expect(coverage.employmentShare).toBeGreaterThanOrEqual(88);
  expect(careers.filter((career) => career.draft)).toEqual([]);
});
