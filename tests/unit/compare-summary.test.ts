import { describe, expect, it } from "vitest";
import { comparisonDescription, comparisonImage } from "@/lib/compare/summary";
import { formatList } from "@/lib/site/format";
import type { Career } from "@/lib/catalog/load";
import { fixtureCareer as career, fixtureOccupation } from "./fixture-catalog";

/** A profile as it would be on another occupation's figures: one the agency did not publish wages for. */
const withFiguresOf = (base: Career, slug: string): Career => ({ ...base, figures: fixtureOccupation(slug).figures });
/** A profile without an AI resilience score (its code has no exposure rating). */
const unrated = (base: Career): Career => ({ ...base, score: undefined });

describe("a comparison's link preview", () => {
  const pair = [career("registered-nurses"), career("medical-assistants")];

  it("describes the careers by name, AI resilience score and median pay, in the order compared, with the wages' release", () => {
    expect(comparisonDescription(pair)).toBe("Registered Nurses vs Medical Assistants: AI resilience 3/6 vs 4/6; median pay $97,550 vs $45,690 (May 2025)");
    expect(comparisonDescription([career("registered-nurses"), career("software-developers")]))
      .toBe("Registered Nurses vs Software Developers: AI resilience 3/6 vs 3/6; median pay $97,550 vs $135,980 (May 2025)");
  });

  it("says what is not published or not rated, and names no release when no wage is published", () => {
    // Actors' wages are suppressed (`*`); Legislators are not in OEWS at all.
    const suppressed = withFiguresOf(career("pharmacists"), "actors");
    const missing = unrated(withFiguresOf(career("lawyers"), "legislators"));
    expect(comparisonDescription([career("medical-assistants"), suppressed]))
      .toBe("Medical Assistants vs Pharmacists: AI resilience 4/6 vs 3/6; median pay $45,690 vs not published (May 2025)");
    expect(comparisonDescription([suppressed, missing]))
      .toBe("Pharmacists vs Lawyers: AI resilience 3/6 vs not rated; median pay not published vs not published (May 2025)");
    // Only a career with no wages at all names no release.
    expect(comparisonDescription([missing])).toBe("Lawyers: AI resilience not rated; median pay not published");
  });

  it("uses the comparison's own image, whose alt text names the careers, tiers and pay", () => {
    expect(comparisonImage(pair)).toEqual({
      url: "/og/compare?careers=registered-nurses,medical-assistants",
      alt: "Registered Nurses vs Medical Assistants compared: AI resilience 3/6 (AI-Augmented) vs 4/6 (AI-Augmented); median pay $97,550 vs $45,690",
    });
    expect(comparisonImage([career("physical-therapists"), unrated(career("welders"))]).alt)
      .toBe("Physical Therapists vs Welders, Cutters, Solderers, and Brazers compared: AI resilience 6/6 (AI-Resilient) vs not rated; median pay $102,760 vs $53,750");
  });
});

it("lists items in plain English", () => {
  expect(formatList(["2021"])).toBe("2021");
  expect(formatList(["2021", "2023"])).toBe("2021 and 2023");
  expect(formatList(["a", "b", "c"])).toBe("a, b, and c");
});
