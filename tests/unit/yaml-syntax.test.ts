/** YAML syntax errors in plain words: one message per file, on the line the editor must change, with the fix. */
import { describe, expect, it } from "vitest";
import { parseYaml } from "@/lib/content/source";
import { loadText, minimalProfile } from "./helpers";

function errorsOf(text: string) {
  return loadText("careers/broken.md", text).problems
    .filter((problem) => problem.kind === "yaml")
    .map(({ line, column, field, detail }) => ({ line, column, field, detail }));
}

const edit = (from: string | RegExp, to: string) => minimalProfile.replace(from, to);

describe("YAML syntax errors", () => {
  const cases: Array<[name: string, text: string, expected: { line: number; column: number; field: string; detail: string }]> = [
    ["a colon and a space inside a value", edit(/^summary: /m, "summary: Machinists: "),
      { line: 3, column: 10, field: "summary", detail: "the value contains \": \", which starts a new key: put the whole value in quotes: 'Machinists: A test profile that sets onl …'" }],
    ["text after a closing quote", edit("title: Minimal Profile Examples", 'title: "Medical" Assistants'),
      { line: 2, column: 18, field: "title", detail: "text goes on after the closing quote: put the whole value in quotes: '\"Medical\" Assistants', or remove the quotes" }],
    ["an apostrophe inside single quotes", edit("title: Minimal Profile Examples", "title: 'Machinist's Mates'"),
      { line: 2, column: 19, field: "title", detail: "an apostrophe inside single quotes ends the value: write it twice (it''s), or put the value in double quotes instead" }],
    ["no space after a colon", edit("category: production", "category:production"),
      { line: 4, column: 1, field: "category", detail: "add a space after the colon: category: production" }],
    ["a tab as indentation (one message, not thirteen)", edit("aiResilience:\n", "education:\n\tcredentialRequired: true\naiResilience:\n"),
      { line: 16, column: 1, field: "education.credentialRequired", detail: "a tab indents this line: replace it with spaces (YAML allows only spaces)" }],
    ["a wrapped value whose second line holds a colon", edit(/^summary: .*$/m, "summary: Machinists set up machines\n  and parts: all day."),
      { line: 3, column: 10, field: "summary", detail: "the value goes on to the next line, which contains \": \": put the whole value in quotes: 'Machinists set up machines and parts: all day.'" }],
    ["an unclosed flow map", edit("category: production", "category: {id: production"),
      { line: 4, column: 11, field: "category", detail: "the { that starts this value is not closed: end it with } on the same line" }],
    ["a line indented too far", edit("aiResilience:\n", "education:\n  credentialRequired: true\n     cost: { min: 1000, max: 3000 }\naiResilience:\n"),
      { line: 17, column: 6, field: "education.cost", detail: "this line is indented further than the key above it: line its key up with the others" }],
    ["an unclosed double quote, reported where it opens", edit("title: Minimal Profile Examples", 'title: "Minimal Profile Examples'),
      { line: 2, column: 8, field: "title", detail: 'the quote " that starts this value is not closed: end the value with " on the same line' }],
    ["a list item on the key's line", edit(/duties:\n {2}- /, "duties: - "),
      { line: 6, column: 9, field: "duties", detail: "a list item (- …) must go on its own line below the key, indented by two spaces" }],
    ["a value starting with a reserved character", edit("title: Minimal Profile Examples", "title: @home workers"),
      { line: 2, column: 8, field: "title", detail: "a value cannot start with @: put the whole value in quotes: '@home workers'" }],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    expect(errorsOf(text)).toEqual([expected]);
  });

  it("names a key written twice, and the line of the first one", () => {
    expect(errorsOf(edit("category: production", "category: production\nsummary: Another summary that is long enough to pass."))).toEqual([
      { line: 5, column: 1, field: "summary", detail: "written twice (also on line 3): keep one" },
    ]);
    expect(errorsOf(edit("    percent: 40", "    percent: 40\n    percent: 1"))).toEqual([
      { line: 15, column: 5, field: "timeSplit[1].percent", detail: "written twice (also on line 14): keep one" },
    ]);
  });

  it("keeps the parser's words, with a hint, for an error it has no plain words for", () => {
    const parsed = parseYaml("x.yml", "a: 1\nsummary: > folded\nb: > again\n", "(yaml)");
    expect(parsed.ok ? [] : parsed.errors.map(({ line, field, detail }) => ({ line, field, detail }))).toEqual([
      { line: 2, field: "summary", detail: "YAML syntax error: Not a YAML token: folded: check the quotes and indentation on this line" },
    ]);
  });
});
