/**
 * The one line that says why a career is suggested: how well it fits and which interests stand out
 * in it and in the reader, then the figures the reader's limits are about (pay, entry education,
 * growth, AI task exposure), each as the page shows it elsewhere. Pure.
 */
import { exposureLevel, growthLevel } from "../catalog/score";
import type { Occupation } from "../catalog/occupations";
import { entryLevelLabel } from "../content/taxonomy";
import type { InterestArea } from "../dataset/figures";
import { formatGrowth, formatHourly, formatMoney, formatPercent } from "../site/format";
import { yearlyPay } from "./constraints";
import { strongestAreas, type ReaderProfile } from "./profile";
import { matchLabel } from "./rank";

export type AreaNames = Record<InterestArea, string>;

/** BLS training after the entry education that the line names: the long kinds, which decide the training group. */
const trainingWords: Readonly<Record<string, string>> = {
  Apprenticeship: "apprenticeship",
  "Long-term on-the-job training": "over a year of on-the-job training",
  "Internship/residency": "internship or residency",
};

const experienceWords: Readonly<Record<string, string>> = {
  "Less than 5 years": "under 5 years' experience",
  "5 years or more": "5+ years' experience",
};

const names = (areas: readonly InterestArea[], areaNames: AreaNames) => (areas.length > 0 ? areas.map((area) => areaNames[area]).join(", ") : "no area stands out");

function payPart(occupation: Occupation): string {
  const pay = yearlyPay(occupation.figures);
  if (!pay) return "pay not published";
  if (pay.from === "annual") return `${formatMoney(pay.amount)} median pay`;
  return `about ${formatMoney(pay.amount)} a year (${formatHourly(occupation.figures.wages?.hourlyMedian ?? 0)} an hour)`;
}

function educationPart(occupation: Occupation): string {
  const projections = occupation.figures.projections;
  const entry = projections?.entryEducation;
  if (!projections || !entry) return "entry education not published";
  const extras = [trainingWords[projections.onTheJobTraining], experienceWords[projections.workExperience]].filter(Boolean);
  return [entryLevelLabel(entry.id), ...extras].join(" + ");
}

function growthPart(occupation: Occupation): string {
  const projections = occupation.figures.projections;
  return projections ? `${growthLevel(projections.percentChange)} (${formatGrowth(projections.percentChange)})` : "growth not published";
}

function aiPart(occupation: Occupation): string {
  const exposure = occupation.exposure;
  return exposure ? `${exposureLevel(exposure.percent)} AI task exposure (${formatPercent(exposure.percent)})` : "AI task exposure not rated";
}

/** The parts of the why line, in the order they are read. */
export function whyParts(occupation: Occupation, match: number, reader: ReaderProfile, areaNames: AreaNames): string[] {
  const its = occupation.figures.interests ? strongestAreas(occupation.figures.interests) : [];
  return [
    `${matchLabel(match)} (${match.toFixed(2)})`,
    `job: ${names(its, areaNames)}; you: ${names(reader.strongest, areaNames)}`,
    payPart(occupation),
    educationPart(occupation),
    growthPart(occupation),
    aiPart(occupation),
  ];
}

/** The why line as one sentence of parts. */
export function whyLine(occupation: Occupation, match: number, reader: ReaderProfile, areaNames: AreaNames): string {
  return whyParts(occupation, match, reader, areaNames).join(" · ");
}
