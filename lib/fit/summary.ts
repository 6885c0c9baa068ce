/**
 * Words for a fit result: the reader's limits as short labels, and the title and description a
 * shared link previews with ("Careers that fit: Realistic + Investigative interests, up to an
 * associate's degree"). Pure.
 */
import type { EntryLevel } from "../content/taxonomy";
import { formatMoney } from "../site/format";
import type { FitAnswers } from "./answers";
import type { ConstraintKey } from "./constraints";
import type { AreaNames } from "./explain";
import type { FitResult } from "./fit";

/** An entry education as the end of "up to …". */
const educationPhrases: Record<EntryLevel, string> = {
  none: "no formal credential",
  "high-school": "a high school diploma",
  "postsecondary-certificate": "a postsecondary certificate",
  "some-college": "some college",
  associate: "an associate's degree",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  "doctoral-or-professional": "a doctoral or professional degree",
};

/** "up to an associate's degree"; "no formal credential needed" for the lowest level. */
export function educationLimit(level: EntryLevel): string {
  return level === "none" ? "no formal credential needed" : `up to ${educationPhrases[level]}`;
}

/** Each limit the reader set, in words, keyed for "change" links. */
export function describeConstraints(answers: FitAnswers): Array<{ key: ConstraintKey; label: string }> {
  const labels: Array<{ key: ConstraintKey; label: string } | false> = [
    answers.education !== undefined && { key: "education", label: answers.education === "none" ? "No formal credential needed" : `Education ${educationLimit(answers.education)}` },
    answers.minPay !== undefined && { key: "minPay", label: `Pay at least ${formatMoney(answers.minPay)} a year` },
    answers.ai !== "any" && { key: "ai", label: answers.ai === "low" ? "Low AI task exposure only (under 25%)" : "No high AI task exposure (50% or less)" },
    answers.growth !== "any" && { key: "growth", label: answers.growth === "growing" ? "Growing jobs only (over +5%)" : "Jobs not declining (0% or more)" },
  ];
  return labels.filter((label) => label !== false);
}

const fallbackTitle = "Find careers that fit you";

export function fitTitle(result: FitResult | undefined, answers: FitAnswers, areaNames: AreaNames): string {
  if (!result || result.kind === "flat" || result.profile.strongest.length === 0) return fallbackTitle;
  const interests = `${result.profile.strongest.map((area) => areaNames[area]).join(" + ")} interests`;
  return `Careers that fit: ${interests}${answers.education ? `, ${educationLimit(answers.education)}` : ""}`;
}

export function fitDescription(result: FitResult | undefined, answers: FitAnswers): string {
  if (!result || result.kind === "flat") {
    return "Answer 30 everyday activities, or pick the areas that sound like you, set your limits on training, pay and AI exposure, and see which careers fit, each with the reason why.";
  }
  const best = result.groups.flatMap((group) => group.shown.slice(0, 1)).map((ranked) => ranked.occupation.title);
  const limits = describeConstraints(answers).map((entry) => entry.label.charAt(0).toLowerCase() + entry.label.slice(1));
  return [
    `${result.total.toLocaleString("en-US")} careers ranked by how closely their O*NET interest profile matches these answers.`,
    best.length > 0 ? `Best fits: ${best.join("; ")}.` : "",
    limits.length > 0 ? `Limits: ${limits.join("; ")}.` : "",
  ].filter(Boolean).join(" ");
}
