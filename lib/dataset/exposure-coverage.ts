/**
 * How the dataset's occupations got their AI task exposure, for the methodology page: how many took
 * each step of the rule (exposure.ts), how many stay unrated, and the crosswalk's entries with the
 * occupations they stand for. Pure over a loaded dataset.
 */
import { exposureCrosswalk } from "./exposure";
import type { ExposureRule } from "./figures";
import type { NationalDataset } from "./national";

/** The dataset's own steps; "profile" is not one (a profile supplies it, not the dataset). */
export type DatasetExposureRule = Exclude<ExposureRule, "profile">;

export type CrosswalkEntry = {
  socCode: string;
  /** The official title, or the code itself if the dataset no longer holds it. */
  title: string;
  /** The earlier codes whose mean it takes. */
  from: readonly string[];
};

export type ExposureCoverage = {
  occupations: number;
  byRule: Record<DatasetExposureRule, number>;
  unrated: number;
  crosswalk: CrosswalkEntry[];
};

export function exposureCoverage(dataset: NationalDataset): ExposureCoverage {
  const byRule: Record<DatasetExposureRule, number> = { "onet-code": 0, "mean-of-onet-codes": 0, "mean-of-children": 0, crosswalk: 0 };
  let unrated = 0;
  for (const { exposure } of dataset.occupations.values()) {
    if (!exposure || exposure.rule === "profile") unrated += 1;
    else byRule[exposure.rule] += 1;
  }
  const crosswalk = Object.entries(exposureCrosswalk)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([socCode, from]) => ({ socCode, title: dataset.occupations.get(socCode)?.title ?? socCode, from }));
  return { occupations: dataset.occupations.size, byRule, unrated, crosswalk };
}
