/**
 * The quick front-matter reading (js-yaml) must never disagree with the careful one (`yaml`, which
 * keeps positions and reports errors): whatever it accepts, `yaml` accepts and reads to the same value.
 * A differential property test over mutated real profiles, plus the known differences it must avoid.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYaml } from "@/lib/content/source";
import { readQuickly } from "@/lib/content/yaml-quick";
import { fixtures } from "./helpers";

/** `PROPERTY_RUNS=20 npx vitest run tests/unit/yaml-quick.test.ts` searches 20 times longer. */
const runsFactor = Number(process.env.PROPERTY_RUNS ?? 1);

function frontMatters(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => readFileSync(path.join(dir, name), "utf8").replace(/\r\n?/g, "\n"))
    .flatMap((text) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? []);
}

const corpus = [
  ...frontMatters(path.resolve(import.meta.dirname, "../../content/careers")),
  ...frontMatters(path.join(fixtures, "valid/careers")),
  ...frontMatters(path.join(fixtures, "invalid")),
];

/** The careful reading's value, or undefined when it reports an error. */
function carefully(yaml: string): unknown {
  const parsed = parseYaml("x.md", yaml, "front matter");
  return parsed.ok ? parsed.data : undefined;
}

function expectSameReading(yaml: string) {
  const quick = readQuickly(yaml);
  if (!quick) return;
  const careful = carefully(yaml);
  expect(careful, `yaml refuses what js-yaml read:\n${yaml}`).not.toBeUndefined();
  expect(quick.data, yaml).toStrictEqual(careful);
}

/** Pieces of YAML that the two parsers are most likely to read differently. */
const piece = fc.constantFrom(
  "\t", " ", "  ", "\n", "\n\n", "\n  ", "\n ", ":", ": ", "- ", "- - ", "? ", "{", "}", "[", "]", ", ", "'", "''", '"', '\\"',
  "#", " # c", "|", "|-", ">", ">+\n  ", "|2\n", "&a ", "*a", "!!str ", "!!int ", "<<: ", "%YAML 1.1\n", "---\n", "...\n",
  "\\", "\u00a0", "\u2028", "null", "~", "null: ", "~: ", "\nnull: x\n", "True", "yes", "no", "on", "0x1F", "0b11", "0o17",
  "017", "+12", "-0", "1_000", "1e3", ".5", "1.", "-.inf", ".NaN", "2024-01-01", "12:30", '"a\n  b"', "'a\n\n b'", "{a: ", "[b, ",
  "key: value\n", "x:\n  - a\n  - b\n", '"\\x41"', '"\\u00e9\\t"', "@", "`", "__proto__: ",
);

const edit = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: piece }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(), b: fc.nat() }),
);

type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function applyEdit(text: string, change: Edit): string {
  if (change.kind === "swap") {
    const lines = text.split("\n");
    const a = change.a % lines.length;
    const b = change.b % lines.length;
    [lines[a], lines[b]] = [lines[b], lines[a]];
    return lines.join("\n");
  }
  const at = Math.floor(change.at * text.length);
  return change.kind === "insert" ? text.slice(0, at) + change.text + text.slice(at) : text.slice(0, at) + text.slice(at + change.length);
}

describe("readQuickly", () => {
  it("reads every profile and fixture as yaml does", () => {
    expect(corpus.length).toBeGreaterThan(80);
    for (const yaml of corpus) expectSameReading(yaml);
    const read = corpus.filter((yaml) => readQuickly(yaml) !== undefined);
    // Most real files take the quick path; otherwise it would not be worth having.
    expect(read.length).toBeGreaterThan(corpus.length * 0.8);
  });

  it("never reads a mutated profile differently from yaml", () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(edit, { minLength: 1, maxLength: 4 }), (yaml, edits) => {
        expectSameReading(edits.reduce(applyEdit, yaml));
      }),
      { numRuns: 3_000 * runsFactor },
    );
  }, 20_000 * runsFactor);

  it("resolves scalars as the YAML 1.2 core schema does", () => {
    const scalars = [
      "1_000", "0b11", "0o17", "017", "0x1F", "+12", "-0", "00", "1e3", "1E+3", ".5e3", "10.", "-.inf", "+.Inf", ".NaN", "nan",
      "yes", "no", "on", "off", "y", "True", "TRUE", "tRUE", "~", "null", "Null", "NULL", "2024-01-01", "2024-01-01T10:00:00Z",
      "12:30", "1,000", "$42", "9007199254740993", "0.1e", "0o", "0x", "+0x1", "-0o7", "'it''s'", '"\\t\\x41\\u00e9"', "",
    ];
    for (const value of scalars) {
      const yaml = `a: ${value}\n`;
      expect(readQuickly(yaml)?.data, yaml).toStrictEqual(carefully(yaml));
    }
  });

  it("leaves to yaml what js-yaml reads differently or more leniently", () => {
    const unsure = [
      'a: "x\ny"', 'a:\n  b: "x\n  y"', "a:\n  b: 'x\n y'", "a: [x,\ny]", "a:\n  b: [x,\n y]", // runs on under-indented
      "null: x", "~: x", "a: {null: 1}", // null keys
      "a: &x 1\nb: *x", "a: !!int 3", "? a\n: b", "%YAML 1.2\n---\na: 1", // anchors, tags, explicit keys, directives
      "a: {{b}}", "a: [[b]]", // nested flow collections (a flow mapping as a key)
      "\t---\ntitle: x", "a:\n\t- x", " \tb: 1", // tabs in indentation (found by the property test above)
      "[b, ]: x", "- {a: 1}: b", "a: [1] # c\n[b]: x # [c]", // flow collections as keys (found by the property test)
      "|1\ntitle: x", "title: x\nplain words", "\"title\": x", // anything but a plain key or a comment at the margin
      "a: 1\na: 2", // duplicate keys: reported with their position
      "a: [1, 2", "- - - - - - - - - -\n  x: :", // errors
    ];
    for (const yaml of unsure) expect(readQuickly(yaml), yaml).toBeUndefined();
  });
});
