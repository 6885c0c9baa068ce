import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";
import { readSource } from "@/lib/content/source";
import { validateFrontMatter } from "@/lib/content/validate";
import { countSentences, profileWarnings, recommendedSections } from "@/lib/content/warnings";
import { loadTree, minimalProfile, profileText } from "./helpers";

/** The minimal profile with six duties and all four recommended sections: no warnings. */
const complete = minimalProfile
  .replace("  - Keep the work area clean and report worn tooling.", [
    "  - Keep the work area clean and report worn tooling.",
    "  - Read engineering drawings and plan the order of operations.",
    "  - Change and sharpen cutting tools as they wear.",
    "  - Record measurements and batch numbers for quality control.",
  ].join("\n"))
  .concat("\n## Who thrives\n\nPatient, careful people.\n\n## Rewards and frustrations\n\nMaking things.\n\n## Getting in\n\nA shop course.\n");

function warningsFor(text: string) {
  const read = readSource("x.md", new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.errors.map(String).join("\n"));
  const valid = validateFrontMatter("x.md", read.source);
  if (!valid.ok) throw new Error(valid.errors.map(String).join("\n"));
  const rendered = renderMarkdown(read.source.body);
  const sections = rendered.toc.map((entry) => entry.text);
  return profileWarnings({ file: "x.md", data: valid.data, source: read.source, sections, otherHeadings: rendered.otherHeadings, wordCount: rendered.wordCount });
}

const summarised = (text: string) => warningsFor(text).map((warning) => [warning.field, warning.line, warning.column]);

describe("editorial warnings on one profile", () => {
  it("a complete profile has none", () => {
    expect(warningsFor(complete)).toEqual([]);
  });

  it("a video poster: accepted, but never shown, so the editor is told to delete it", () => {
    const withPoster = complete.replace(/^updated: /m, "video:\n  url: https://cdn.careeronestop.org/OccVids/OccupationVideos/51-4081.00.mp4\n  poster: https://cdn.careeronestop.org/OccVids/OccupationVideos/51-4081.00.jpg\nupdated: ");
    const [warning, ...rest] = warningsFor(withPoster);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ field: "video.poster", severity: "warning" });
    expect(warning.message).toContain("not shown: a profile page loads nothing from another site before the reader presses play; delete this line");
  });

  it("are warnings of kind editorial, located like errors", () => {
    const [warning] = warningsFor(complete.replace(/^summary: .*$/m, "summary: Set up machines that cut metal. Then measure the parts they make."));
    expect(warning).toMatchObject({ kind: "editorial", severity: "warning", file: "x.md", line: 3, column: 10, field: "summary" });
    expect(warning.message).toBe("x.md:3:10  summary  reads as 2 sentences: write one sentence (it is shown under the title and in link previews)");
  });

  it("flag an AI exposure written as a fraction, for a code the dataset leaves unrated", () => {
    const unrated = complete.replace('socCode: "51-4081"', 'socCode: "11-9039"')
      .replace("aiResilience:\n", "aiResilience:\n  exposurePercent: 0.36\n  exposureSource: Our estimate from the O*NET tasks\n");
    expect(warningsFor(unrated).map((warning) => warning.message)).toEqual([
      "x.md:19:20  aiResilience.exposurePercent  0.36 looks like a fraction: did you mean 36 (a percent, 0–100)?",
    ]);
  });

  it("flag fewer than six duties, at the duties key", () => {
    expect(summarised(minimalProfile)).toContainEqual(["duties", 6, 1]);
    const five = complete.replace("  - Change and sharpen cutting tools as they wear.\n", "");
    expect(warningsFor(five).map((warning) => warning.detail)).toEqual(["only 5 duties: profiles read best with at least 6"]);
  });

  it("flag a narrative too long to print on two pages, at the start of the body", () => {
    expect(warningsFor(complete)).toEqual([]);
    const long = complete.concat(`\n${"Long days on the shop floor teach patience. ".repeat(90)}\n`);
    const warnings = warningsFor(long);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ field: "body", severity: "warning" });
    expect(warnings[0].detail).toMatch(/^the narrative has \d+ words: over about 650, the printed profile may not fit on two pages/);
    expect(warnings[0].line).toBe(long.split("\n").indexOf("---", 1) + 2);
  });

  it("flag a summary that is not one sentence", () => {
    const two = complete.replace(/^summary: .*$/m, "summary: Set up machines that cut metal. Then measure the parts they make.");
    expect(summarised(two)).toEqual([["summary", 3, 10]]);
    expect(warningsFor(two)[0].detail).toMatch(/^reads as 2 sentences/);
    const fragment = complete.replace(/^summary: .*$/m, "summary: Machine setup, cutting and measuring metal parts");
    expect(warningsFor(fragment)[0].detail).toMatch(/ending with a full stop/);
  });

  it("count sentences without being fooled by abbreviations", () => {
    expect(countSentences("Serve in the U.S. Army and the U.S. Navy, as officers.")).toBe(1);
    expect(countSentences("Use tools, e.g. Epic and Cerner, every day.")).toBe(1);
    expect(countSentences("Work with Dr. Smith on cases.")).toBe(1);
    expect(countSentences("Fix cars. Sell parts! Answer questions?")).toBe(3);
    expect(countSentences("Earn $45,000 a year. 2 in 3 work full time.")).toBe(2);
  });

  it("flag each missing recommended section at the start of the body", () => {
    const body = warningsFor(minimalProfile).filter((warning) => warning.field === "body");
    expect(body.map((warning) => warning.detail)).toEqual(recommendedSections.slice(1).map((section) => expect.stringContaining(`"## ${section}"`)));
    expect(body[0]).toMatchObject({ line: 19, column: 1 });
  });

  it("say when a recommended section is written with the wrong number of #", () => {
    const text = complete.replace("## Who thrives", "### Who thrives");
    const line = text.split("\n").indexOf("### Who thrives") + 1;
    expect(warningsFor(text).map((warning) => [warning.field, warning.line, warning.column, warning.detail])).toEqual([
      ["body", line, 1, '"### Who thrives" is a level-3 heading: write it "## Who thrives" to make it a section'],
    ]);
  });

  it("accept the recommended sections whatever their case and punctuation", () => {
    expect(warningsFor(complete.replace("## Who thrives", "## Who Thrives?").replace("## Getting in", "## Getting In"))).toEqual([]);
  });
});

describe("one-way related links", () => {
  const load = (files: Record<string, string>) => loadTree(files);
  /** A second profile needs a code of its own (one profile per occupation). */
  const second = (extra = "") => profileText({ extra, socCode: "51-4031" });
  const editorial = (catalog: ReturnType<typeof load>) => catalog.warnings.filter((warning) => warning.kind === "editorial" && warning.field.startsWith("related"));

  it("warn on A's entry when A lists B and B does not list A, without failing the check", () => {
    const catalog = load({ "first-one.md": profileText({ extra: "related:\n  - second-one" }), "second-one.md": second() });
    expect(catalog.errors).toEqual([]);
    expect(editorial(catalog)).toEqual([expect.objectContaining({
      file: expect.stringMatching(/first-one\.md$/), line: 18, column: 5, field: "related[0]", severity: "warning",
      detail: expect.stringMatching(/^"second-one" does not link back: add "first-one" to the related list of .*second-one\.md/),
    })]);
    // Listed twice: the error says so, and the warning is given once.
    const twice = load({ "first-one.md": profileText({ extra: "related:\n  - second-one\n  - second-one" }), "second-one.md": second() });
    expect(twice.errors.map((error) => error.field)).toEqual(["related[1]"]);
    expect(editorial(twice).map((warning) => warning.field)).toEqual(["related[0]"]);
  });

  it("are quiet when the other profile's list is full (six related careers): the link may stay one-way", () => {
    const others = ["51-4121", "51-4041", "47-2031", "47-2111", "47-2152", "49-9021"].map((socCode, index) => [`other-${index + 1}.md`, profileText({ socCode })] as const);
    const full = `related:\n${others.map(([file]) => `  - ${file.replace(".md", "")}`).join("\n")}`;
    const catalog = load({ "first-one.md": profileText({ extra: "related:\n  - second-one" }), "second-one.md": second(full), ...Object.fromEntries(others) });
    expect(catalog.errors).toEqual([]);
    expect(editorial(catalog).filter((warning) => warning.file.endsWith("first-one.md"))).toEqual([]);
  });

  it("are quiet when the link goes both ways, or when either end is a draft", () => {
    expect(editorial(load({
      "first-one.md": profileText({ extra: "related:\n  - second-one" }),
      "second-one.md": second("related:\n  - first-one"),
    }))).toEqual([]);
    expect(editorial(load({
      "first-one.md": profileText({ extra: "related:\n  - second-one\ndraft: true" }),
      "second-one.md": second(),
    }))).toEqual([]);
  });
});
