/** Messages for the mistakes editors make most: one line each, echoing what was written, with the fix. */
import { describe, expect, it } from "vitest";
import { dateFix } from "@/lib/content/written-dates";
import { loadText, minimalProfile } from "./helpers";

const edit = (from: string | RegExp, to: string) => minimalProfile.replace(from, to);
/** The minimal profile under a code the dataset leaves unrated, where a profile gives the exposure with its source. */
const unrated = (aiLines: string) => edit('socCode: "51-4081"', 'socCode: "11-9039"').replace("aiResilience:\n", `aiResilience:\n${aiLines}`);
const programSource = "  programSource:\n    title: Machining certificate, Example Community College\n    url: https://www.example.edu/machining\n";

/** The file's errors as `line:column  field  detail`. */
function errorsOf(text: string): string[] {
  return loadText("careers/edited.md", text).problems
    .filter((problem) => problem.severity === "error")
    .map(({ line, column, field, detail }) => `${line}:${column}  ${field}  ${detail}`);
}

describe("one message per mistake", () => {
  const cases: Array<[name: string, text: string, expected: string]> = [
    ["a misspelt key (no second 'required' message)", edit("socCode:", "soccode:"), '5:1  soccode  unknown key — did you mean "socCode"? (rename it)'],
    ["a misspelt key in a flow map", edit("creativity:", "creatvity:"), '16:49  aiResilience.epoch.creatvity  unknown key — did you mean "creativity"? (rename it)'],
    ["a misspelt key in a list entry", edit("    percent: 40", "    percentage: 40"), '14:5  timeSplit[1].percentage  unknown key — did you mean "percent"? (rename it)'],
    ["a date written month/day/year", edit("updated: 2026-01-15", "updated: 11/13/2025"), '17:10  updated  expected a date written YYYY-MM-DD, got "11/13/2025": write 2025-11-13'],
    ["a date that could be read either way", edit("updated: 2026-01-15", "updated: 11/01/2025"),
      '17:10  updated  expected a date written YYYY-MM-DD, got "11/01/2025": write 2025-11-01 (November 1) or 2025-01-11 (January 11)'],
    ["a date written in words", edit("updated: 2026-01-15", "updated: 1 November 2025"), '17:10  updated  expected a date written YYYY-MM-DD, got "1 November 2025": write 2025-11-01'],
    ["a date without its leading zero", edit("updated: 2026-01-15", "updated: 2025-11-1"), '17:10  updated  expected a date written YYYY-MM-DD, got "2025-11-1": write 2025-11-01'],
    ["a SOC code with an en dash", edit('socCode: "51-4081"', 'socCode: "51–4081"'),
      '5:10  socCode  expected a SOC 2018 code written NN-NNNN, e.g. "31-9092": it has an en dash (–): use a hyphen (-)'],
    ["a SOC code written as a number", edit('socCode: "51-4081"', "socCode: 514081"), '5:10  socCode  expected a code in quotes, e.g. "31-9092"'],
    ["a SOC code missing", edit('socCode: "51-4081"\n', ""), '2:1  socCode  required: add "socCode"'],
    ["a category with a zero-width space", edit("category: production", "category: produc\u200btion"),
      "4:11  category  not a known category id — did you mean \"production\"? It has an invisible zero-width space: delete it (retype the value)"],
    ["a category with a non-breaking space", edit("category: production", "category: production\u00a0"),
      "4:11  category  not a known category id — did you mean \"production\"? It has a non-breaking space: replace it with an ordinary space"],
    ["a javascript: video URL (once, not twice)", edit("updated:", "video:\n  url: javascript:alert(1)\nupdated:"), "18:8  video.url  must be an https:// URL"],
    ["epoch written as a list", edit(/ {2}epoch: .*/, "  epoch:\n    - empathy: 1\n    - presence: 4"),
      "17:5  aiResilience.epoch  needs five ratings, written { empathy: 3, presence: 4, opinion: 3, creativity: 2, hope: 2 } (got a list)"],
    ["a certification written as one word", edit("updated:", "certifications:\n  - CMA\nupdated:"),
      '18:5  certifications[0]  each certification needs "name:" and "issuer:" lines, e.g. "- name: Certified Medical Assistant" and below it "issuer: AAMA" (got "CMA")'],
    ["a title that reads as a number", edit("title: Minimal Profile Examples", "title: 911"), '2:8  title  write it in quotes: "911"'],
    ["duties written on one line", edit(/duties:\n( {2}- .*\n)+/, "duties: Set up the machines, measure the parts and clean up afterwards\n"),
      '6:9  duties  expected a list: write one "- item" per line below the key (got "Set up the machines, measure the parts and clean up afterwards")'],
    [".nan where a number goes", edit("    percent: 40", "    percent: .nan"), "14:14  timeSplit[1].percent  expected a whole number from 1 to 100, got .nan"],
    [".inf where a percent goes", unrated("  exposurePercent: -.inf\n  exposureSource: Our estimate from the O*NET tasks\n"),
      "16:20  aiResilience.exposurePercent  expected a number from 0 to 100, got -.inf"],
    ["an exposure source without the figure", unrated("  exposureSource: Our estimate from the O*NET tasks\n"),
      "15:1  aiResilience.exposurePercent  exposureSource is given without exposurePercent: add the figure or delete the source"],
    ["a category that is not close to any id", edit("category: production", "category: nursing"),
      "4:11  category  not a known category id: use one of the ids listed in content/README.md (e.g. \"architecture-and-engineering\")"],
    ["an empty line in an optional block (the template's programLength)",
      edit("aiResilience:", `education:\n  programLength:\n    min:\n    max: 2\n    unit: years\n${programSource}aiResilience:`),
      '17:9  education.programLength.min  is empty: fill it in, or delete the whole "programLength" block (it is optional)'],
    ["a program length without its source", edit("aiResilience:", "education:\n  programLength: { min: 9, max: 12, unit: months }\naiResilience:"),
      '15:1  education.programSource  programLength needs its source: add programSource with the "title:" and "url:" of the page that states it'],
    ["an empty exposure left from the template (its source prefilled)", unrated("  exposurePercent:\n  exposureSource: Our estimate from the O*NET tasks\n"),
      "16:19  aiResilience.exposurePercent  is empty: fill it in or delete the line"],
    ["a related career written as its title", edit("updated: 2026-01-15", "updated: 2026-01-15\nrelated:\n  - Medical Assistants"),
      '19:5  related[0]  not a valid slug: did you mean "medical-assistants"?'],
    ["a related career written as its file name", edit("updated: 2026-01-15", "updated: 2026-01-15\nrelated:\n  - phlebotomists.md"),
      '19:5  related[0]  not a valid slug: did you mean "phlebotomists"?'],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    expect(errorsOf(text)).toEqual([expected]);
  });

  it("keeps 'required' when the misspelt key's suggestion is there too, and does not say rename", () => {
    expect(errorsOf(edit("hope: 1 }", "hope: 1, hopee: 2 }"))).toEqual(['16:73  aiResilience.epoch.hopee  unknown key — did you mean "hope"?']);
  });
});

describe("date fixes", () => {
  it("suggests YYYY-MM-DD only when the date is real", () => {
    expect(dateFix("2026/2/3")).toBe(": write 2026-02-03");
    expect(dateFix("November 1st, 2026")).toBe(": write 2026-11-01");
    expect(dateFix("Nov. 1, 2026")).toBe(": write 2026-11-01");
    expect(dateFix("05/05/2026")).toBe(": write 2026-05-05");
    expect(dateFix("31/02/2026")).toBe("");
    expect(dateFix("soon")).toBe("");
  });
});

describe("text cut short by a comment", () => {
  const cut = 'text after " #" is read as a comment and dropped: put the whole value in quotes (or move the note to a line of its own)';

  it("is an error on the # in an unquoted text value, in a list entry too", () => {
    expect(errorsOf(edit(/^summary: .*$/m, "summary: Shape metal parts in machine shops, ranked #1 in growth."))).toEqual([`3:53  summary  ${cut}`]);
    expect(errorsOf(edit("updated:", "aliases:\n  - Machinist #1 class\nupdated:"))).toEqual([`18:15  aliases[0]  ${cut}`]);
    expect(errorsOf(edit("    percent: 60", "    percent: 60\n    detail: Lathes and mills # the big ones"))).toEqual([`13:30  timeSplit[0].detail  ${cut}`]);
  });

  it("is not reported where nothing is dropped: quoted text, a # inside a word, a note after a number, a comment line", () => {
    const fine = [
      edit("title: Minimal Profile Examples", 'title: "Machinists #1"'),
      edit("title: Minimal Profile Examples", "title: Machinists#1 Examples"),
      edit("    percent: 60", "    percent: 60   # about three days a week"),
      edit("aiResilience:", "# the editorial ratings\naiResilience:  # EPOCH\n  # see the rubric"),
      edit("updated: 2026-01-15", "updated: 2026-01-15 # checked with BLS"),
      edit("category: production", "category: production # OOH group"),
      edit('socCode: "51-4081"', 'socCode: "51-4081" # OEWS code'),
      edit('socCode: "51-4081"', "socCode: 51-4081 # written without quotes"),
    ];
    for (const text of fine) expect(errorsOf(text), text).toEqual([]);
  });
});

describe("an AI exposure written as a fraction (codes the dataset leaves unrated)", () => {
  const warningsOf = (text: string) => loadText("careers/edited.md", text).problems
    .filter((problem) => problem.field === "aiResilience.exposurePercent")
    .map(({ line, column, detail, severity }) => ({ line, column, detail, severity }));
  const withExposure = (value: string) => unrated(`  exposurePercent: ${value}\n  exposureSource: Our estimate from the O*NET tasks\n`);

  it("is a warning with the percent it probably means", () => {
    expect(warningsOf(withExposure("0.36"))).toEqual([
      { line: 16, column: 20, detail: "0.36 looks like a fraction: did you mean 36 (a percent, 0–100)?", severity: "warning" },
    ]);
  });

  it("is not raised for 0, 1 or a real percent", () => {
    for (const value of ["0", "1", "12", "0.0"]) expect(warningsOf(withExposure(value))).toEqual([]);
  });
});

describe("every problem in one run", () => {
  it("checks min against max even when another field of the block is wrong", () => {
    const text = edit("aiResilience:", `education:\n  programLength: { min: 12, max: 9, unit: month }\n${programSource}aiResilience:`);
    expect(errorsOf(text)).toEqual([
      "16:43  education.programLength.unit  must be one of: weeks, months, years — did you mean \"months\"?",
      "16:34  education.programLength.max  min must not be greater than max",
    ]);
  });

  it("checks the cost range even when the block has an unknown key", () => {
    const text = edit("aiResilience:", `education:\n  cost: { min: 5000, max: 3000, currency: usd }\n${programSource}aiResilience:`);
    expect(errorsOf(text)).toEqual([
      "16:33  education.cost.currency  unknown key — known keys here: min, max, typical",
      "16:27  education.cost.max  must be at least min (5000)",
    ]);
  });

  it("asks for the program's source even when another line of education is wrong", () => {
    const text = edit("aiResilience:", "education:\n  credentialRequired: maybe\n  cost: { min: 5000, max: 3000 }\naiResilience:");
    expect(errorsOf(text)).toEqual([
      "16:23  education.credentialRequired  expected true or false",
      "17:27  education.cost.max  must be at least min (5000)",
      '15:1  education.programSource  cost needs its source: add programSource with the "title:" and "url:" of the page that states it',
    ]);
  });

  it("asks for the exposure's source even when an EPOCH rating is wrong", () => {
    const text = unrated("  exposurePercent: 30\n").replace("empathy: 1,", "empathy: 9,");
    expect(errorsOf(text)).toEqual([
      "17:21  aiResilience.epoch.empathy  must be at most 5",
      "15:1  aiResilience.exposureSource  exposurePercent needs its source: add exposureSource",
    ]);
  });
});
