/**
 * `npm run new:career -- --soc 31-1131`: what a new profile takes from the national dataset before
 * anyone writes a word: the official title, category, codes and address, and a preview of the
 * figures the page will show (as YAML comments, so nobody types them again). Refuses a code the
 * dataset does not hold, naming the nearest ones, and a code that already has a profile.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { displayPath } from "./errors";
import { listCareerFiles } from "../catalog/load";
import { readSource } from "./source";
import type { CategoryId } from "./taxonomy";
import { readSourceRows } from "../dataset/files";
import type { Exposure, OccupationFigures } from "../dataset/figures";
import { nationalDataset, type NationalDataset } from "../dataset/national";
import { formatCount, formatGrowth, formatList, formatMoney, formatPercent } from "../site/format";

export type OccupationPrefill = {
  socCode: string;
  /** The official title (OEWS, else Employment Projections). */
  title: string;
  category: CategoryId;
  /** `<soc>.00` when O*NET publishes that exact code; otherwise the editor picks one, if any. */
  onetCode: string | undefined;
  /** The address of the occupation's figures-only page, which the profile then takes over. */
  slug: string;
  /** YAML comment lines previewing the national figures. */
  figures: string[];
  /** The dataset has no exposure for the code: the profile must give one, with its source. */
  needsExposure: boolean;
};

export type PrefillResult = { ok: true; prefill: OccupationPrefill } | { ok: false; message: string };

const socPattern = /^\d{2}-\d{4}$/;
const suggestions = 3;

/** The codes nearest to an unknown one: SOC numbers codes within a group next to each other. */
function nearestCodes(socCode: string, dataset: NationalDataset): OccupationFigures[] {
  const value = (code: string) => Number(code.replace("-", ""));
  return [...dataset.occupations.values()]
    .sort((a, b) => Math.abs(value(a.socCode) - value(socCode)) - Math.abs(value(b.socCode) - value(socCode)) || a.socCode.localeCompare(b.socCode))
    .slice(0, suggestions);
}

/** The profile file (if any) whose front matter names `socCode`, drafts included: one profile per code. */
function profileOf(careersDir: string, socCode: string): string | undefined {
  return listCareerFiles(careersDir).find((name) => {
    const read = readSource(name, readFileSync(path.join(careersDir, name)));
    return read.ok && Reflect.get(Object(read.source.data), "socCode") === socCode;
  });
}

/** Whether O*NET's interests or the exposure file has the exact `.00` code (some SOC codes exist in O*NET only as .01, .02…). */
function hasOnetCode(datasetFolder: string, onetCode: string): boolean {
  return readSourceRows(datasetFolder, "interests").some((row) => row.onet_code === onetCode) ||
    readSourceRows(datasetFolder, "exposure").some((row) => row.onet_code === onetCode);
}

function exposureOrigin(exposure: Exposure): string {
  if (exposure.rule === "onet-code") return `β of ${exposure.from[0]}`;
  if (exposure.rule === "mean-of-onet-codes") return `mean β of ${formatList(exposure.from)}`;
  return exposure.rule === "mean-of-children" ? `mean of its detailed codes ${formatList(exposure.from)}` : `crosswalk from ${formatList(exposure.from)}`;
}

/** The figures the page will show, one comment line each, with the release they come from. */
export function figuresPreview(figures: OccupationFigures, dataset: NationalDataset): string[] {
  const oews = `OEWS ${dataset.source("oews").release}`;
  const projectionsRelease = dataset.source("projections").release;
  const { wages, projections, exposure } = figures;
  const pay = !wages ? `pay: not in ${oews}` : wages.median === null ? `median pay not published (${oews})` : `median pay ${formatMoney(wages.median)} (${oews})`;
  const growth = projections
    ? `growth ${formatGrowth(projections.percentChange)} ${projections.release}, ${formatCount(projections.annualOpenings)} openings a year (Employment Projections)`
    : `growth: not in Employment Projections ${projectionsRelease}`;
  const entry = projections
    ? `entry education: ${projections.entryEducation?.published ?? "not published"}; work experience: ${projections.workExperience}; on-the-job training: ${projections.onTheJobTraining}`
    : `entry education: not in Employment Projections ${projectionsRelease}`;
  const ai = exposure
    ? `AI task exposure ${formatPercent(exposure.percent)} ("GPTs are GPTs" ${dataset.source("exposure").release}: ${exposureOrigin(exposure)})`
    : "AI task exposure: not rated in the dataset, so give aiResilience.exposurePercent and exposureSource below";
  return [`# National figures for ${figures.socCode} ${figures.title} (shown on the page, never typed here):`, ...[pay, growth, entry, ai].map((line) => `#   ${line}`)];
}

export type PrefillRequest = {
  socCode: string;
  /** The folder of profiles, e.g. content/careers. */
  careersDir: string;
  /** The dataset folder, e.g. content/national. */
  datasetFolder: string;
  /** Paths in messages are shown relative to this folder. */
  displayRoot?: string;
};

export function prefillOccupation({ socCode, careersDir, datasetFolder, displayRoot = process.cwd() }: PrefillRequest): PrefillResult {
  const written = socCode.trim();
  if (!socPattern.test(written)) {
    const meant = /^(\d{2}-\d{4})\.\d{2}$/.exec(written)?.[1] ?? /^(\d{2})(\d{4})$/.exec(written)?.slice(1).join("-");
    return { ok: false, message: `"${written}" is not a SOC code: write it NN-NNNN (${meant ? `did you mean ${meant}?` : "e.g. 31-1131"})` };
  }
  const dataset = nationalDataset(datasetFolder);
  const figures = dataset.occupations.get(written);
  if (!figures) {
    const near = nearestCodes(written, dataset).map((occupation) => `${occupation.socCode} ${occupation.title}`);
    return { ok: false, message: `${written} is not an occupation of the national dataset (SOC 2018 detailed codes); the closest are ${near.join("; ")}` };
  }
  const existing = profileOf(careersDir, written);
  if (existing) {
    const file = displayPath(path.join(careersDir, existing), displayRoot);
    return { ok: false, message: `${written} (${figures.title}) already has a profile, ${file}: edit it instead` };
  }
  const onetCode = `${written}.00`;
  return {
    ok: true,
    prefill: {
      socCode: written,
      title: figures.title,
      category: figures.category,
      onetCode: hasOnetCode(datasetFolder, onetCode) ? onetCode : undefined,
      slug: figures.officialSlug,
      figures: figuresPreview(figures, dataset),
      needsExposure: figures.exposure === undefined,
    },
  };
}
