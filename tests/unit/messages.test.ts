/** Messages for the mistakes editors make most: one line each, echoing what was written, with the fix. */
import { describe, expect, it } from "vitest";
import { loadCareerFile } from "@/lib/catalog/load";
import { dateFix, periodFix } from "@/lib/content/written-dates";
import { minimalProfile } from "./helpers";

const edit = (from: string | RegExp, to: string) => minimalProfile.replace(from, to);

/** The file's errors as `line:column  field  detail`. */
function errorsOf(text: string): string[] {
  return loadCareerFile("careers/edited.md", new TextEncoder().encode(text)).problems
    .filter((problem) => problem.severity === "error")
    .map(({ line, column, field, detail }) => `${line}:${column}  ${field}  ${detail}`);
}

describe("one message per mistake", () => {
  const cases: Array<[name: string, text: string, expected: string]> = [
    ["a misspelt key (no second 'required' message)", edit("salary:", "sallary:"), '16:1  sallary  unknown key — did you mean "salary"? (rename it)'],
    ["a misspelt key in a flow map", edit("creativity:", "creatvity:"), '26:49  aiResilience.epoch.creatvity  unknown key — did you mean "creativity"? (rename it)'],
    ["a misspelt key in a list entry", edit("    percent: 40", "    percentage: 40"), '13:5  timeSplit[1].percentage  unknown key — did you mean "percent"? (rename it)'],
    ["a date written month/day/year", edit("updated: 2026-01-15", "updated: 11/13/2025"), '27:10  updated  expected a date written YYYY-MM-DD, got "11/13/2025": write 2025-11-13'],
    ["a date that could be read either way", edit("updated: 2026-01-15", "updated: 11/01/2025"),
      '27:10  updated  expected a date written YYYY-MM-DD, got "11/01/2025": write 2025-11-01 (November 1) or 2025-01-11 (January 11)'],
    ["a date written in words", edit("updated: 2026-01-15", "updated: 1 November 2025"), '27:10  updated  expected a date written YYYY-MM-DD, got "1 November 2025": write 2025-11-01'],
    ["a date without its leading zero", edit("updated: 2026-01-15", "updated: 2025-11-1"), '27:10  updated  expected a date written YYYY-MM-DD, got "2025-11-1": write 2025-11-01'],
    ["a period written with 'to'", edit('period: "2024-2034"', "period: 2024 to 2034"), '22:11  outlook.period  expected a period written "YYYY-YYYY", got "2024 to 2034": write "2024-2034"'],
    ["a period in curly quotes", edit('period: "2024-2034"', "period: “2024-2034”"),
      '22:11  outlook.period  expected a period written "YYYY-YYYY", got "“2024-2034”": it has curly quotes “ ”: use straight quotes "'],
    ["a period with an en dash", edit('period: "2024-2034"', "period: 2024–2034"),
      '22:11  outlook.period  expected a period written "YYYY-YYYY", got "2024–2034": it has an en dash (–): use a hyphen (-)'],
    ["a category with a zero-width space", edit("category: production", "category: produc\u200btion"),
      "4:11  category  not a known category id — did you mean \"production\"? It has an invisible zero-width space: delete it (retype the value)"],
    ["a category with a non-breaking space", edit("category: production", "category: production\u00a0"),
      "4:11  category  not a known category id — did you mean \"production\"? It has a non-breaking space: replace it with an ordinary space"],
    ["a javascript: video URL (once, not twice)", edit("updated:", "video:\n  url: javascript:alert(1)\nupdated:"), "28:8  video.url  must be an https:// URL"],
    ["epoch written as a list", edit(/ {2}epoch: .*/, "  epoch:\n    - empathy: 1\n    - presence: 4"),
      "27:5  aiResilience.epoch  needs five ratings, written { empathy: 3, presence: 4, opinion: 3, creativity: 2, hope: 2 } (got a list)"],
    ["a certification written as one word", edit("updated:", "certifications:\n  - CMA\nupdated:"),
      '28:5  certifications[0]  each certification needs "name:" and "issuer:" lines, e.g. "- name: Certified Medical Assistant" and below it "issuer: AAMA" (got "CMA")'],
    ["a title that reads as a number", edit("title: Minimal Profile Examples", "title: 911"), '2:8  title  write it in quotes: "911"'],
    ["duties written on one line", edit(/duties:\n( {2}- .*\n)+/, "duties: Set up the machines, measure the parts and clean up afterwards\n"),
      '5:9  duties  expected a list: write one "- item" per line below the key (got "Set up the machines, measure the parts and clean up afterwards")'],
    [".nan where a number goes", edit("  median: 45000", "  median: .nan"), "17:11  salary.median  expected a whole number of dollars, got .nan"],
    [".inf where a percent goes", edit("  exposurePercent: 12", "  exposurePercent: -.inf"), "25:20  aiResilience.exposurePercent  expected a number from 0 to 100, got -.inf"],
    ["a category that is not close to any id", edit("category: production", "category: nursing"),
      "4:11  category  not a known category id: use one of the ids listed in content/README.md (e.g. \"architecture-and-engineering\")"],
    ["an empty line in an optional block (the template's programLength)", edit("  entryLevel: high-school", "  entryLevel: high-school\n  programLength:\n    min:\n    max: 2\n    unit: years"),
      '17:9  education.programLength.min  is empty: fill it in, or delete the whole "programLength" block (it is optional)'],
    ["a related career written as its title", edit("updated: 2026-01-15", "updated: 2026-01-15\nrelated:\n  - Medical Assistants"),
      '29:5  related[0]  not a valid slug: did you mean "medical-assistants"?'],
    ["a related career written as its file name", edit("updated: 2026-01-15", "updated: 2026-01-15\nrelated:\n  - phlebotomists.md"),
      '29:5  related[0]  not a valid slug: did you mean "phlebotomists"?'],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    expect(errorsOf(text)).toEqual([expected]);
  });

  it("keeps 'required' when the misspelt key's suggestion is there too, and does not say rename", () => {
    expect(errorsOf(edit("  year: 2023", "  year: 2023\n  yeer: 2024"))).toEqual(['19:3  salary.yeer  unknown key — did you mean "year"?']);
  });
});

describe("date and period fixes", () => {
  it("suggests YYYY-MM-DD only when the date is real", () => {
    expect(dateFix("2026/2/3")).toBe(": write 2026-02-03");
    expect(dateFix("November 1st, 2026")).toBe(": write 2026-11-01");
    expect(dateFix("Nov. 1, 2026")).toBe(": write 2026-11-01");
    expect(dateFix("05/05/2026")).toBe(": write 2026-05-05");
    expect(dateFix("31/02/2026")).toBe("");
    expect(dateFix("soon")).toBe("");
  });

  it("suggests YYYY-YYYY for two years written another way", () => {
    expect(periodFix("2024 - 2034")).toBe(': write "2024-2034"');
    expect(periodFix("2024/2034")).toBe(': write "2024-2034"');
    expect(periodFix("2024")).toBe("");
  });
});

describe("text cut short by a comment", () => {
  const cut = 'text after " #" is read as a comment and dropped: put the whole value in quotes (or move the note to a line of its own)';

  it("is an error on the # in an unquoted text value, in a list entry too", () => {
    expect(errorsOf(edit(/^summary: .*$/m, "summary: Shape metal parts in machine shops, ranked #1 in growth."))).toEqual([`3:53  summary  ${cut}`]);
    expect(errorsOf(edit("updated:", "aliases:\n  - Machinist #1 class\nupdated:"))).toEqual([`28:15  aliases[0]  ${cut}`]);
    expect(errorsOf(edit("  source: BLS Occupational Employment and Wage Statistics", "  source: BLS OEWS # check again"))).toEqual([`19:20  salary.source  ${cut}`]);
  });

  it("is not reported where nothing is dropped: quoted text, a # inside a word, a note after a number, a comment line", () => {
    const fine = [
      edit("title: Minimal Profile Examples", 'title: "Machinists #1"'),
      edit("title: Minimal Profile Examples", "title: Machinists#1 Examples"),
      edit("  median: 45000", "  median: 45000   # illustrative: take the real figure from OEWS"),
      edit("salary:", "# the wage figures\nsalary:  # national\n  # median first"),
      edit("updated: 2026-01-15", "updated: 2026-01-15 # checked with BLS"),
      edit("category: production", "category: production # OOH group"),
      edit("  entryLevel: high-school", "  entryLevel: high-school # typical"),
      edit('period: "2024-2034"', "period: 2024-2034 # latest projections"),
    ];
    for (const text of fine) expect(errorsOf(text), text).toEqual([]);
  });
});

describe("an AI exposure written as a fraction", () => {
  const warningsOf = (text: string) => loadCareerFile("careers/edited.md", new TextEncoder().encode(text)).problems
    .filter((problem) => problem.field === "aiResilience.exposurePercent")
    .map(({ line, column, detail, severity }) => ({ line, column, detail, severity }));

  it("is a warning with the percent it probably means", () => {
    expect(warningsOf(edit("  exposurePercent: 12", "  exposurePercent: 0.36"))).toEqual([
      { line: 25, column: 20, detail: "0.36 looks like a fraction: did you mean 36 (a percent, 0–100)?", severity: "warning" },
    ]);
  });

  it("is not raised for 0, 1 or a real percent", () => {
    for (const value of ["0", "1", "12", "0.0"]) expect(warningsOf(edit("  exposurePercent: 12", `  exposurePercent: ${value}`))).toEqual([]);
  });
});

describe("every problem in one run", () => {
  it("checks min against max even when another field of the block is wrong", () => {
    const text = edit("  entryLevel: high-school", "  entryLevel: high-school\n  programLength: { min: 12, max: 9, unit: month }");
    expect(errorsOf(text)).toEqual([
      "16:43  education.programLength.unit  must be one of: weeks, months, years — did you mean \"months\"?",
      "16:34  education.programLength.max  min must not be greater than max",
    ]);
  });

  it("checks the order of the percentiles even when the year is wrong", () => {
    const text = edit("  median: 45000", "  median: 45000\n  p25: 50000").replace("  year: 2023", "  year: soon");
    expect(errorsOf(text).map((error) => error.split("  ")[1])).toEqual(["salary.year", "salary.median"]);
  });
});

