/**
 * Everyday names for jobs that no title or alias of ours uses, each with the title or alias it
 * means. Search reads a query through this list before it matches anything: "cop" is searched as
 * "police officer" (and so no longer finds "Copilot" or "copy editors"), "fireman" as
 * "firefighter". Most of what people type is found through the profiles' aliases and the official
 * titles of all occupations; this list is for the rest, and stays small and reviewed:
 * - a key is whole words, lower case; it is replaced wherever it stands in a query ("cop salary");
 * - a meaning is a title or alias that exists in the catalog (the catalog test checks it), so the
 *   query lands on that occupation by name;
 * - only names that mean one occupation to most people ("mechanic" alone means a car mechanic;
 *   "diesel mechanic" does not pass through here, because only whole queries use `wholeQuery`).
 */

/** Replaced wherever they stand in a query. */
export const everydayWords: Readonly<Record<string, string>> = {
  cop: "police officer",
  cops: "police officer",
  policeman: "police officer",
  policewoman: "police officer",
  fireman: "firefighter",
  firemen: "firefighter",
  trucker: "truck driver",
  truckers: "truck driver",
  busboy: "busser",
  busboys: "busser",
  "lunch lady": "school cook",
  "cleaning lady": "house cleaner",
  "clerical worker": "office clerk",
  bricklayer: "brickmasons and blockmasons",
  ironworker: "structural iron and steel workers",
  lumberjack: "fallers",
  fisherman: "fishing and hunting workers",
  fishermen: "fishing and hunting workers",
  arborist: "tree trimmers and pruners",
  florist: "floral designers",
  seamstress: "tailors, dressmakers, and custom sewers",
  meteorologist: "atmospheric and space scientists",
  weatherman: "atmospheric and space scientists",
  geologist: "geoscientists, except hydrologists and geographers",
  dj: "disc jockeys, except radio",
  dba: "database administrators",
  "eye doctor": "optometrists",
  crna: "nurse anesthetists",
  "mri tech": "magnetic resonance imaging technologists",
  "dog trainer": "animal trainers",
  "flight instructor": "commercial pilots",
  "train conductor": "railroad conductors and yardmasters",
  "ship captain": "captains, mates, and pilots of water vessels",
  "tile installer": "tile and stone setters",
  "bike mechanic": "bicycle repairers",
  "elevator mechanic": "elevator and escalator installers and repairers",
  "hotel manager": "lodging managers",
  "home appraiser": "property appraisers and assessors",
  "tractor driver": "agricultural equipment operators",
  tsa: "transportation security screeners",
  "animal control officer": "animal control workers",
  "yard work": "landscaper",
};

/** Other spellings of words, replaced wherever they stand: not names, but words of names. */
export const spellings: Readonly<Record<string, string>> = {
  // Misspellings that are words of their own, which search otherwise never corrects.
  plummer: "plumber",
  highschool: "high school",
  rep: "representative",
  reps: "representatives",
};

/** Replaced only when they are the whole query. */
export const wholeQuery: Readonly<Record<string, string>> = {
  mechanic: "auto mechanic",
  mechanics: "auto mechanic",
  psychologist: "clinical and counseling psychologists",
  psychologists: "clinical and counseling psychologists",
  "factory worker": "assemblers",
};

/** The query with everyday names replaced by the names they mean, or the query itself. */
export function withEverydayNames(query: string): string {
  const lower = query.toLowerCase().replace(/\s+/g, " ").trim();
  if (Object.hasOwn(wholeQuery, lower)) return wholeQuery[lower];
  let changed = false;
  const replaced = lower.replace(everydayPattern, (phrase) => {
    changed = true;
    return everydayWords[phrase] ?? spellings[phrase];
  });
  return changed ? replaced : query;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest first, so "cleaning lady" wins over a shorter key inside it.
const everydayPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...Object.keys(everydayWords), ...Object.keys(spellings)].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
