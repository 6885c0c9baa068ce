/**
 * Stage 2 of loading: a valid profile meets its national figures through `socCode`. Reports a code
 * the dataset does not hold, an O*NET code of another occupation, figures still typed into the file
 * (with the dataset's value, so the editor can see nothing is lost), and an exposure written where
 * the dataset has one.
 */
import { ContentError } from "../content/errors";
import type { RetiredFound } from "../content/retired";
import type { ProfileData } from "../content/schema";
import type { Source } from "../content/source";
import { positionOf } from "../content/yaml-position";
import { projectionPeriod, type Exposure, type OccupationFigures } from "../dataset/figures";
import type { NationalDataset } from "../dataset/national";
import { formatCount, formatGrowth, formatMoney, formatPercent } from "../site/format";

export type Joined = { figures: OccupationFigures; exposure: Exposure | undefined };

/** What the dataset says in place of a retired key, e.g. "OEWS May 2025, 31-9092: median $45,690". */
function datasetValue(key: RetiredFound["key"], figures: OccupationFigures | undefined, dataset: NationalDataset): string {
  const soc = figures?.socCode;
  const oews = `OEWS ${dataset.source("oews").release}`;
  const projections = `Employment Projections ${dataset.source("projections").release}`;
  if (key[0] === "salary") {
    // An occupation OEWS has no row for (Legislators) has no published pay either.
    const median = figures ? (figures.wages?.median ?? null) : undefined;
    const value = median === undefined ? "" : median === null ? ": median not published" : `: median ${formatMoney(median)}`;
    return `pay comes from the national dataset (${oews}${soc ? `, ${soc}` : ""}${value})`;
  }
  const p = figures?.projections;
  if (key[0] === "outlook") {
    const value = p ? `: ${formatGrowth(p.percentChange)} over ${projectionPeriod(p)}, ${formatCount(p.annualOpenings)} openings a year` : "";
    return `employment and growth come from the national dataset (${projections}${soc ? `, ${soc}` : ""}${value})`;
  }
  const [, field] = key;
  const what = { entryLevel: "the entry education", workExperience: "the work experience", onTheJobTraining: "the on-the-job training" }[field];
  const published = p && { entryLevel: p.entryEducation?.published, workExperience: p.workExperience, onTheJobTraining: p.onTheJobTraining }[field];
  return `${what} comes from the national dataset (${projections}${soc ? `, ${soc}` : ""}${published ? `: ${published}` : ""})`;
}

/** One error per v1 key still in the file. `figures` is undefined when the file's code is unknown or invalid. */
export function retiredKeyErrors(file: string, retired: readonly RetiredFound[], figures: OccupationFigures | undefined, dataset: NationalDataset): ContentError[] {
  return retired.map(({ key, at }) => {
    const fix = key.length === 1 ? "delete this block" : "delete this line";
    return new ContentError("schema", file, at.line, at.column, key.join("."), `${datasetValue(key, figures, dataset)}: ${fix}`);
  });
}

/** The figures of the code a file names, if it names one the dataset holds (also for files with other problems). */
export function figuresOfRaw(data: unknown, dataset: NationalDataset): OccupationFigures | undefined {
  const code = typeof data === "object" && data !== null ? Reflect.get(data, "socCode") : undefined;
  return typeof code === "string" ? dataset.occupations.get(code) : undefined;
}

/** A title's words, for suggesting the code of an occupation whose official title is close. */
function closestByTitle(title: string, dataset: NationalDataset): OccupationFigures | undefined {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
  const wanted = words(title);
  let best: { figures: OccupationFigures; score: number } | undefined;
  for (const figures of dataset.occupations.values()) {
    const theirs = words(figures.title);
    const shared = [...wanted].filter((word) => theirs.has(word)).length;
    const score = shared / (wanted.size + theirs.size - shared);
    if (score > (best?.score ?? 0.3)) best = { figures, score };
  }
  return best?.figures;
}

export function joinProfile(
  file: string,
  data: ProfileData,
  source: Source,
  dataset: NationalDataset,
): { joined?: Joined; problems: ContentError[] } {
  const located = () => source.locate();
  const error = (path: string[], detail: string) => {
    const at = positionOf(located(), path) ?? { line: 1, column: 1 };
    return new ContentError("schema", file, at.line, at.column, path.join("."), detail);
  };
  const figures = dataset.occupations.get(data.socCode);
  if (!figures) {
    const near = closestByTitle(data.title, dataset);
    const hint = near ? `: did you mean "${near.socCode}" (${near.title})?` : ": look the code up at https://www.bls.gov/oes/current/oes_stru.htm";
    return { problems: [error(["socCode"], `"${data.socCode}" is not an occupation of the national dataset (SOC 2018 detailed codes)${hint}`)] };
  }
  const problems: ContentError[] = [];
  if (data.onetCode && data.onetCode.slice(0, 7) !== data.socCode) {
    problems.push(error(["onetCode"], `"${data.onetCode}" is an O*NET code of another occupation: the codes of ${data.socCode} start with "${data.socCode}." (e.g. "${data.socCode}.00")`));
  }
  problems.push(...exposureWhereDatasetHasOne(file, source, figures));
  const { exposurePercent, exposureSource } = data.aiResilience;
  let exposure = figures.exposure;
  if (!figures.exposure && exposurePercent !== undefined && exposureSource !== undefined) {
    exposure = { percent: exposurePercent, rule: "profile", from: [], source: exposureSource };
  }
  return { joined: { figures, exposure }, problems };
}

/**
 * An exposure typed into a profile whose code the dataset rates (also checked when the rest of the
 * file is invalid, so an old profile hears about every figure to delete in one run).
 */
export function exposureWhereDatasetHasOne(file: string, source: Source, figures: OccupationFigures | undefined): ContentError[] {
  const ai: unknown = typeof source.data === "object" && source.data !== null ? Reflect.get(source.data, "aiResilience") : undefined;
  if (!figures?.exposure || typeof ai !== "object" || ai === null || !Object.hasOwn(ai, "exposurePercent")) return [];
  const at = positionOf(source.locate(), ["aiResilience", "exposurePercent"], "key") ?? { line: 1, column: 1 };
  const value = `${figures.exposure.source}, ${figures.socCode}: ${formatPercent(figures.exposure.percent)}`;
  const also = Object.hasOwn(ai, "exposureSource") ? " and exposureSource" : "";
  return [new ContentError("schema", file, at.line, at.column, "aiResilience.exposurePercent", `AI task exposure comes from the national dataset (${value}): delete this line${also}`)];
}
