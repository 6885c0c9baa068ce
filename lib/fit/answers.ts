/**
 * A reader's answers to /fit, and their compact form in the URL (no account, nothing stored):
 *
 *   /fit?a=lnd-…&areas=ri&edu=associate&pay=40000&ai=not-high&growth=growing&more=now&edit=1
 *
 * `a`: one letter per activity of the questionnaire, in its order: `l` like, `n` not sure,
 * `d` dislike, `-` not answered. `areas`: the quick path, the initials of the one to three RIASEC
 * areas picked (`r i a s e c`). `edu`: the highest entry education the reader will complete (the
 * BLS levels' ids). `pay`: minimum yearly pay in whole dollars. `ai`: `not-high` or `low` AI task
 * exposure only. `growth`: `not-declining` or `growing` only. `more`: a training group to list in
 * full. `edit=1`: the form, pre-filled. The form itself submits `q1`…`q30` and repeated `areas`;
 * proxy.ts redirects that to the compact form (lib/fit/url.ts).
 *
 * Parsing never throws. A value the page cannot read is never guessed at or dropped: constraints
 * are strict, so a damaged link shows what is wrong (`problems`) and the form, not a result.
 */
import { riasec, type InterestArea } from "../dataset/figures";
import { entryLevelIds, type EntryLevel } from "../content/taxonomy";
import { shorten } from "../browse/query-text";
import { activityCount } from "./shape";
import { toRawParams, type RawParams } from "../site/query-pairs";

export const answerLetters = { l: "like", n: "not sure", d: "dislike", "-": "not answered" } as const;
export type AnswerLetter = keyof typeof answerLetters;

export const aiChoices = ["any", "not-high", "low"] as const;
export type AiChoice = (typeof aiChoices)[number];
export const growthChoices = ["any", "not-declining", "growing"] as const;
export type GrowthChoice = (typeof growthChoices)[number];
export const trainingGroups = ["now", "training", "degree"] as const;
export type TrainingGroup = (typeof trainingGroups)[number];

/** The most areas the quick path takes: with more, it could not tell careers apart. */
export const maxAreas = 3;
/** The highest minimum pay a link may ask for, in dollars a year. */
export const maxPay = 1_000_000;

export type FitAnswers = {
  /** One letter per activity (`activityCount` of them), or undefined when none was answered. */
  activities?: string;
  /** The quick path's areas, in RIASEC order. */
  areas: InterestArea[];
  education?: EntryLevel;
  /** Dollars a year; undefined for no minimum. */
  minPay?: number;
  ai: AiChoice;
  growth: GrowthChoice;
  /** A training group listed in full rather than its first few. */
  more?: TrainingGroup;
  /** Show the form, pre-filled, instead of the results. */
  edit: boolean;
};

export type ParsedFit = {
  answers: FitAnswers;
  /** Why the link cannot be read, in words for the reader; no results are shown while there are any. */
  problems: string[];
  /** What the page did that the reader should know, when the link is readable. */
  notes: string[];
};

export type { RawParams };

export const emptyAnswers: FitAnswers = { areas: [], ai: "any", growth: "any", edit: false };

/** No value the page reads is longer than this; anything longer was not made by the site. */
const maxValueLength = 100;
/** More repeated values than this for one name were not made by the form (areas sends at most six). */
const maxRepeats = riasec.length;

export const areaInitial = (area: InterestArea) => area.charAt(0);
const areaByInitial = new Map(riasec.map((area) => [areaInitial(area), area]));

export const activityField = (index: number) => `q${index + 1}`;

const quote = (value: string) => JSON.stringify(shorten(value, 30));

/** The strings given for `name`: own properties only (`?__proto__=x` must not reach Object.prototype), strings only. */
function valuesOf(params: RawParams, name: string): string[] {
  const value: unknown = Object.hasOwn(params, name) ? params[name] : undefined;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === "string");
}

type Reader = (name: string, what: string) => string | undefined;

/** One value per name: empty means unset; the same value repeated is one; different values, or a value too long, is a problem. */
function singleReader(params: RawParams, problems: string[]): Reader {
  return (name, what) => {
    const given = valuesOf(params, name).filter((value) => value.trim() !== "");
    if (given.length === 0) return undefined;
    if (given.some((value) => value.length > maxValueLength)) {
      problems.push(`The ${what} in this link is far too long to be one the site made.`);
      return undefined;
    }
    if (new Set(given).size > 1) {
      problems.push(`The link gives ${given.length} different values for the ${what} (${given.slice(0, 3).map(quote).join(", ")}${given.length > 3 ? "…" : ""}): it is not clear which one you meant.`);
      return undefined;
    }
    return given[0];
  };
}

function parseActivities(params: RawParams, read: Reader, problems: string[]): string | undefined {
  const fields = Array.from({ length: activityCount }, (_, index) => valuesOf(params, activityField(index)));
  const fromForm = fields.some((values) => values.length > 0);
  const compact = read("a", "answers");
  if (fromForm && compact !== undefined) {
    problems.push("The link holds the answers twice (as a= and as q1=…): it is not clear which to use.");
    return undefined;
  }
  let letters: string;
  if (fromForm) {
    letters = fields
      .map((values, index) => {
        const given = [...new Set(values.filter((value) => value !== ""))];
        if (given.length === 0) return "-";
        if (given.length === 1 && /^[lnd]$/.test(given[0])) return given[0];
        problems.push(`The answer to activity ${index + 1} in this link is damaged (${quote(given.join(", "))}).`);
        return "-";
      })
      .join("");
  } else {
    if (compact === undefined) return undefined;
    if (!/^[lnd-]*$/.test(compact) || compact.length !== activityCount) {
      const what = compact.length !== activityCount ? `${compact.length} answers instead of ${activityCount}` : "a letter other than l, n, d or -";
      problems.push(`The answers in this link are damaged: it has ${what}. Start again, or ask whoever sent it for the whole link.`);
      return undefined;
    }
    letters = compact;
  }
  return /[lnd]/.test(letters) ? letters : undefined;
}

function parseAreas(params: RawParams, problems: string[]): InterestArea[] {
  const given = valuesOf(params, "areas").filter((value) => value !== "");
  if (given.length > maxRepeats || given.some((value) => value.length > maxValueLength)) {
    problems.push("The areas in this link are damaged: there are far more than the six the site offers.");
    return [];
  }
  const initials = [...new Set(given.join("").toLowerCase())];
  const unknown = initials.filter((initial) => !areaByInitial.has(initial));
  if (unknown.length > 0) {
    problems.push(`The areas in this link are damaged: ${quote(given.join(""))} holds letters other than ${riasec.map(areaInitial).join(", ")}.`);
    return [];
  }
  if (initials.length > maxAreas) {
    problems.push(`You picked ${initials.length} areas. Pick one or two (three at most): with more, the match cannot tell careers apart.`);
    return [];
  }
  return riasec.filter((area) => initials.includes(areaInitial(area)));
}

function parsePay(raw: string | undefined, problems: string[]): number | undefined {
  if (raw === undefined) return undefined;
  const value = /^\d{1,7}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value > maxPay) {
    problems.push(`The minimum pay in this link, ${quote(raw)}, is not a whole number of dollars from 0 to ${maxPay.toLocaleString("en-US")}.`);
    return undefined;
  }
  return value === 0 ? undefined : value;
}

function oneOf<T extends string>(raw: string | undefined, allowed: readonly T[], what: string, problems: string[]): T | undefined {
  if (raw === undefined) return undefined;
  const found = allowed.find((candidate) => candidate === raw);
  if (found === undefined) problems.push(`The ${what} in this link, ${quote(raw)}, is not one the site offers.`);
  return found;
}

export function parseFitParams(params: RawParams): ParsedFit {
  const problems: string[] = [];
  const read = singleReader(params, problems);
  const activities = parseActivities(params, read, problems);
  const areas = parseAreas(params, problems);
  const edit = read("edit", "form switch");
  if (edit !== undefined && edit !== "1") problems.push(`The form switch in this link, ${quote(edit)}, is not one the site offers.`);
  const answers: FitAnswers = {
    activities,
    areas,
    education: oneOf(read("edu", "education level"), entryLevelIds, "education level", problems),
    minPay: parsePay(read("pay", "minimum pay"), problems),
    ai: oneOf(read("ai", "AI exposure choice"), aiChoices, "AI exposure choice", problems) ?? "any",
    growth: oneOf(read("growth", "growth choice"), growthChoices, "growth choice", problems) ?? "any",
    more: oneOf(read("more", "list to show in full"), trainingGroups, "list to show in full", problems),
    edit: edit === "1",
  };
  const notes = activities && areas.length > 0 ? ["You answered the activities and also picked areas: the match uses your answers to the activities."] : [];
  return { answers, problems, notes };
}

/** Whether the reader has told the page anything about their interests. */
export function hasInterests(answers: Pick<FitAnswers, "activities" | "areas">): boolean {
  return answers.activities !== undefined || answers.areas.length > 0;
}

/** The canonical query string for answers (only what is set, in a fixed order), as `/fit?…`. */
export function fitHref(answers: FitAnswers, overrides: Partial<FitAnswers> = {}): string {
  const merged = { ...answers, ...overrides };
  const params = new URLSearchParams();
  if (merged.activities) params.set("a", merged.activities);
  if (merged.areas.length > 0) params.set("areas", merged.areas.map(areaInitial).join(""));
  if (merged.education) params.set("edu", merged.education);
  if (merged.minPay) params.set("pay", String(merged.minPay));
  if (merged.ai !== "any") params.set("ai", merged.ai);
  if (merged.growth !== "any") params.set("growth", merged.growth);
  if (merged.more) params.set("more", merged.more);
  if (merged.edit) params.set("edit", "1");
  const search = params.toString();
  return search ? `/fit?${search}` : "/fit";
}

/** Reads back a link made by `fitHref`. */
export function parseFitHref(href: string): ParsedFit {
  return parseFitParams(toRawParams([...new URL(href, "http://localhost").searchParams]));
}
