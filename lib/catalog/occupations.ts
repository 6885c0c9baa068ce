/**
 * Stage 4b: every occupation of the dataset without a published profile becomes a figures-only
 * entry at the slug of its official title. A profile owns its address: where a profile's slug is an
 * occupation's official slug, that occupation moves to `<slug>-<code>`. A code whose profile lives
 * under another slug gets a permanent redirect from its official slug.
 */
import type { Exposure, OccupationFigures } from "../dataset/figures";
import type { NationalDataset } from "../dataset/national";
import type { Career } from "./load";
import { careerProgression, type ProgressionStage } from "./progression";

export type FiguresOnly = {
  kind: "figures";
  slug: string;
  title: string;
  socCode: string;
  category: OccupationFigures["category"];
  figures: OccupationFigures;
  exposure: Exposure | undefined;
  progression: ProgressionStage[];
};

/** What a page of `/careers/<slug>` shows: a full profile or an occupation's figures. */
export type Occupation = Career | FiguresOnly;

export type OccupationRedirect = { from: string; to: string };

export function figuresOnlyOccupations(
  careers: readonly Career[],
  dataset: NationalDataset,
  order: Intl.Collator,
): { occupations: Occupation[]; redirects: OccupationRedirect[] } {
  const byCode = new Map(careers.map((career) => [career.socCode, career]));
  const taken = new Set(careers.flatMap((career) => [career.slug, ...(career.redirectFrom ?? [])]));
  const occupations: Occupation[] = [];
  const redirects: OccupationRedirect[] = [];
  for (const figures of dataset.occupations.values()) {
    const career = byCode.get(figures.socCode);
    if (career) {
      occupations.push(career);
      if (career.slug !== figures.officialSlug && !taken.has(figures.officialSlug)) redirects.push({ from: figures.officialSlug, to: career.slug });
      continue;
    }
    const slug = taken.has(figures.officialSlug) ? `${figures.officialSlug}-${figures.socCode.replace("-", "")}` : figures.officialSlug;
    occupations.push({
      kind: "figures",
      slug,
      title: figures.title,
      socCode: figures.socCode,
      category: figures.category,
      figures,
      exposure: figures.exposure,
      progression: careerProgression(figures.wages),
    });
  }
  occupations.sort((a, b) => order.compare(a.title, b.title));
  return { occupations, redirects };
}
