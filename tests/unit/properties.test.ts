/**
 * Property-based tests: whatever bytes a content file holds, the loader answers with a career or with
 * located ContentErrors, quickly and without throwing; and whatever the Markdown body holds, the HTML
 * that reaches the page has no script, no event handler, no inline style and no dangerous URL.
 */
import fc from "fast-check";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { searchParamsToUrlQuery } from "next/dist/shared/lib/router/utils/querystring";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { parseBrowseQuery, sortKeys } from "@/lib/browse/query";
import { tidyBrowseSearch } from "@/lib/browse/url";
import { maxCompared, parseComparison } from "@/lib/compare/compare";
import { ContentError, formatFieldPath } from "@/lib/content/errors";
import { loadCareerFile } from "@/lib/catalog/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { minimalProfile, testDataset } from "./helpers";

/** `PROPERTY_RUNS=20 npx vitest run tests/unit/properties.test.ts` searches 20 times longer. */
const runsFactor = Number(process.env.PROPERTY_RUNS ?? 1);
const runs = (count: number) => ({ numRuns: count * runsFactor });
/** Each property takes a second or two; a hang fails it here (and `maxMillisPerRun` catches slow runs). */
const testTimeout = 20_000 * runsFactor;
/** One load of a small generated file; far above the usual few milliseconds, far below a hang. */
const maxMillisPerRun = 1_000;

const [, minimalFrontMatter, minimalBody] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(minimalProfile) ?? [];
const encode = (text: string) => new TextEncoder().encode(text);
const dataset = testDataset();
const lineCount = (text: string) => text.split(/\r\n?|\n/).length;

/** Loads `text` and checks the loader's contract: a career, or errors that each point into the file. */
function loadAndCheck(text: string | Uint8Array): ReturnType<typeof loadCareerFile> {
  const bytes = typeof text === "string" ? encode(text) : text;
  const started = performance.now();
  const result = loadCareerFile("careers/generated-profile.md", bytes, dataset);
  expect(performance.now() - started).toBeLessThan(maxMillisPerRun);
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (!result.career) expect(errors.length).toBeGreaterThan(0);
  const lines = lineCount(new TextDecoder().decode(bytes)) + 1;
  for (const problem of result.problems) {
    expect(problem).toBeInstanceOf(ContentError);
    expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines, problem.message).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1, problem.message).toBe(true);
    expect(problem.field.length, problem.message).toBeGreaterThan(0);
    expect(problem.detail.length, problem.message).toBeGreaterThan(0);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Front matter

/** Text that looks like YAML: its punctuation, indentation, anchors, tags, directives and scalars. */
const yamlToken = fc.constantFrom(
  "- ", ": ", "? ", "[", "]", "{", "}", ", ", "&a ", "*a", "&b ", "*b", "<<: *a", "!!str ", "!!int ", "!!binary ", "!!set ",
  "!custom ", "!<tag:x> ", "|", "|-", ">", ">+", "# comment", "'", "''", '"', '\\"', "\\u0041", "\\x00", "\n", "\n  ", "\n    ",
  "\t", "---", "...", "%YAML 1.2\n", "%TAG ! tag:x\n", "title", "summary", "salary", "median", "timeSplit", "percent",
  "epoch", "updated", "socCode", "31-9092", "11-9039", "exposurePercent", "exposureSource", "education", "entryLevel",
  "programSource", "2026-01-15", "1e309", "-0", ".nan", ".inf", "0x1F", "0o17", "null", "~", "true", "yes", "42k",
  "é", "\u2028", "\uFEFF", "😀", " ",
);
const yamlishText = fc
  .array(fc.oneof({ weight: 4, arbitrary: yamlToken }, { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) }), { maxLength: 60 })
  .map((parts) => parts.join(""));

/** The format's keys, and the v1 keys whose figures now come from the national dataset (salary, outlook). */
const profileKeys = [
  "title", "summary", "category", "socCode", "onetCode", "aliases", "duties", "timeSplit", "education", "certifications",
  "salary", "outlook", "aiResilience", "skills", "abilities", "related", "video", "sources", "redirectFrom", "updated", "draft",
];

/** Values a front-matter field could hold, including the awkward ones YAML can spell. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_SAFE_INTEGER + 2, 1e309, "", "42k", null, true, [], {}),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 400 }),
);

const yamlObject = fc.dictionary(fc.oneof(fc.constantFrom(...profileKeys), fc.string({ maxLength: 12 })), anyValue, { maxKeys: 12 });

function withFrontMatter(frontMatter: string, body: string = minimalBody): string {
  return `---\n${frontMatter}${frontMatter.endsWith("\n") ? "" : "\n"}---\n${body}`;
}

type Mutation = { path: Array<string | number>; op: "delete" | "replace" | "unknown-key"; value: unknown };

/** Every path into the valid profile's front matter, so a mutation can target any field at any depth. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== "object") return [prefix];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

const validData: unknown = parseYaml(minimalFrontMatter);
const validPaths = pathsOf(validData).filter((path) => path.length > 0);

function mutate(data: unknown, mutation: Mutation): unknown {
  const copy: unknown = structuredClone(data);
  const parentPath = mutation.path.slice(0, -1);
  let parent: unknown = copy;
  for (const part of parentPath) parent = Reflect.get(Object(parent), part);
  if (parent === null || typeof parent !== "object") return copy;
  const last = mutation.path.at(-1) ?? "";
  if (mutation.op === "delete") {
    if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
    else Reflect.deleteProperty(parent, last);
  } else if (mutation.op === "replace") {
    Reflect.set(parent, last, mutation.value);
  } else {
    Reflect.set(parent, `${String(last)}Typo`, mutation.value);
  }
  return copy;
}

const kind = (value: unknown) => (Array.isArray(value) ? "array" : value !== null && typeof value === "object" ? "object" : "scalar");

/**
 * Paths of the `…Typo` keys that `unknown-key` mutations left where the schema expects an object: in
 * containers that still have the valid profile's shape all the way down (an earlier mutation may
 * have replaced a list by a map, and then the schema complains about that instead).
 */
function typoPaths(value: unknown, valid: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (kind(value) !== kind(valid) || kind(value) === "scalar") return [];
  if (Array.isArray(value) && Array.isArray(valid)) return value.flatMap((item, index) => typoPaths(item, valid[index] ?? valid[0], [...prefix, index]));
  return Object.entries(Object(value)).flatMap(([key, item]) => [
    ...(key.endsWith("Typo") && Reflect.has(Object(valid), key.slice(0, -4)) ? [[...prefix, key]] : []),
    ...typoPaths(item, Reflect.get(Object(valid), key), [...prefix, key]),
  ]);
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...validPaths),
  op: fc.constantFrom("delete", "replace", "unknown-key"),
  value: anyValue,
});

describe("any front matter gives a career or located errors, never an exception", () => {
  it("the valid profile itself loads (the mutations below start from a career)", () => {
    expect(loadAndCheck(withFrontMatter(stringifyYaml(validData))).career).toBeDefined();
  });

  it("arbitrary YAML-looking text", () => {
    fc.assert(fc.property(yamlishText, (text) => {
      loadAndCheck(withFrontMatter(text));
    }), runs(300));
  }, testTimeout);

  it("arbitrary YAML-looking text spliced into the valid profile", () => {
    const lines = minimalFrontMatter.split("\n");
    fc.assert(fc.property(fc.nat(lines.length), yamlishText, (at, text) => {
      loadAndCheck(withFrontMatter([...lines.slice(0, at), text, ...lines.slice(at)].join("\n")));
    }), runs(200));
  }, testTimeout);

  it("arbitrary JSON-like objects written out as YAML", () => {
    fc.assert(fc.property(yamlObject, (object) => {
      loadAndCheck(withFrontMatter(stringifyYaml(object)));
    }), runs(200));
  }, testTimeout);

  it("the valid profile with fields removed, replaced by arbitrary values or misspelt", () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      const data = mutations.reduce<unknown>(mutate, validData);
      const text = withFrontMatter(stringifyYaml(data));
      const result = loadAndCheck(text);
      // A misspelt key that made it into the file is always an error, on the line where it is written.
      for (const path of typoPaths(data, validData)) {
        expect(result.career).toBeUndefined();
        const problem = result.problems.find((one) => one.field === formatFieldPath(path));
        expect(problem?.detail, `${formatFieldPath(path)} in\n${text}`).toMatch(/^unknown key/);
        expect(text.split("\n")[(problem?.line ?? 0) - 1]).toContain(String(path.at(-1)));
      }
    }), runs(300));
  }, testTimeout);

  it("a v1 figure left in the valid profile, whatever it holds, is the retired-key error with the dataset's value", () => {
    const retired = fc.constantFrom(
      { path: ["salary"], detail: "pay comes from the national dataset (OEWS May 2025, 51-4081: median $47,180): delete this block" },
      { path: ["outlook"], detail: "employment and growth come from the national dataset (Employment Projections 2024–34, 51-4081: \u22120.5% over 2024–2034, 12,800 openings a year): delete this block" },
      { path: ["education", "entryLevel"], detail: "the entry education comes from the national dataset (Employment Projections 2024–34, 51-4081: High school diploma or equivalent): delete this line" },
    );
    fc.assert(fc.property(retired, anyValue, ({ path, detail }, value) => {
      const data = structuredClone(validData) as Record<string, unknown>;
      if (path.length === 1) data[path[0]] = value;
      else data[path[0]] = { [path[1]]: value };
      const text = withFrontMatter(stringifyYaml(data));
      const errors = loadAndCheck(text).problems.filter((problem) => problem.severity === "error");
      expect(errors.map((error) => [error.field, error.detail]), text).toEqual([[path.join("."), detail]]);
      expect(text.split("\n")[errors[0].line - 1].trimStart(), text).toMatch(new RegExp(`^${path.at(-1)}:`));
    }), runs(200));
  }, testTimeout);

  it("any SOC code written NN-NNNN gives a career exactly when the dataset holds it", () => {
    const code = fc.oneof(
      fc.constantFrom(...dataset.occupations.keys()),
      fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 })).map(([major, minor]) => `${String(major).padStart(2, "0")}-${String(minor).padStart(4, "0")}`),
    );
    fc.assert(fc.property(code, (socCode) => {
      const result = loadAndCheck(minimalProfile.replace('socCode: "51-4081"', `socCode: "${socCode}"`));
      const errors = result.problems.filter((problem) => problem.severity === "error");
      if (dataset.occupations.has(socCode)) {
        expect(errors).toEqual([]);
        expect(result.career?.figures.socCode).toBe(socCode);
      } else {
        expect(result.career).toBeUndefined();
        expect(errors.map((error) => [error.line, error.column, error.field])).toEqual([[5, 10, "socCode"]]);
        expect(errors[0].detail).toMatch(new RegExp(`^"${socCode}" is not an occupation of the national dataset \\(SOC 2018 detailed codes\\): `));
      }
    }), runs(300));
  }, testTimeout);

  it("arbitrary bytes, CRLF and byte-order marks around the valid profile", () => {
    const prefix = fc.constantFrom("", "\uFEFF", "\n", " ", "---\n");
    fc.assert(fc.property(prefix, fc.boolean(), fc.uint8Array({ maxLength: 64 }), fc.nat(minimalProfile.length), (start, crlf, noise, at) => {
      const text = `${start}${crlf ? minimalProfile.replace(/\n/g, "\r\n") : minimalProfile}`;
      const bytes = encode(text);
      const spliced = new Uint8Array([...bytes.subarray(0, at), ...noise, ...bytes.subarray(at)]);
      loadAndCheck(spliced);
    }), runs(200));
  }, testTimeout);
});

// ---------------------------------------------------------------------------------------------
// Markdown bodies and the HTML they give

const hostileSnippet = fc.constantFrom(
  // raw HTML
  "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<scr<script>ipt>alert(1)</script>",
  "<img src=x onerror=alert(1)>", "<img src=\"javascript:alert(1)\">", "<iframe src=\"javascript:alert(1)\"></iframe>",
  "<style>body{display:none}</style>", "<object data=\"x.swf\"></object>", "<embed src=\"x.swf\">", "<svg onload=alert(1)>",
  "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "<a href=\"javascript:alert(1)\">x</a>", "<p style=\"color:red\">x</p>",
  "<details open ontoggle=alert(1)>", "<input autofocus onfocus=alert(1)>", "<form action=\"javascript:alert(1)\"><button>x</button></form>",
  "<!-- comment -->", "<![CDATA[<script>]]>", "</p><script>", "<div\nonclick=alert(1)>x</div>", "<base href=\"javascript:/\">",
  "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">", "<link rel=stylesheet href=x>", "<a href=\" java\tscript:x\">x</a>",
  // links, autolinks, references, images
  "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](jav&#x61;script:alert(1))", "[x](&#106;avascript:alert(1))",
  "[x](java%73cript:alert(1))", "[x](vbscript:msgbox(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x]( javascript:alert(1))",
  "[x](<javascript:alert(1)>)", "[x](javascript&colon;alert(1))", "[x](\\javascript:alert(1))", "[x](https://ok.example \"javascript:\")",
  "<javascript:alert(1)>", "<data:text/html,<script>>", "<vbscript:x>", "<https://ok.example/a?b=c>", "<mailto:a@b.example>",
  "www.example.com", "https://ok.example/x", "javascript:alert(1)", "a@b.example",
  "[x][r]\n\n[r]: javascript:alert(1)", "[x][r]\n\n[r]: <data:text/html,x> \"t\"", "[r]\n\n[r]: jav&#x09;ascript:alert(1)",
  "![x](javascript:alert(1))", "![x](data:image/svg+xml,<svg onload=alert(1)>)", "![x](https://ok.example/i.png \"t\")",
  "![x][i]\n\n[i]: vbscript:x", "[![x](javascript:a)](javascript:b)",
  // entities and escapes
  "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;", "&lt;script&gt;", "&#0;", "&#xD800;", "&#x6A;&#x61;vascript:", "\\<script>",
  // Markdown structure
  "## Heading", "# Title", "> quote", "- item", "1. item", "```html\n<script>alert(1)</script>\n```", "`<script>`", "**bold**",
  "_em_", "~~gone~~", "| a | b |\n| - | - |\n| <script> | [x](javascript:y) |", "- [ ] task", "[^1]\n\n[^1]: <script>x</script>",
  "    <script>indented code</script>", "***", "<", ">", "\"", "'", "=", "&", "\\",
);
const separator = fc.constantFrom("", " ", "\n", "\n\n");
const markdownBody = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: hostileSnippet }, { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: "binary" }) }), separator), { maxLength: 25 })
  .map((parts) => parts.map(([snippet, sep]) => snippet + sep).join(""));

const forbiddenElements = new Set(["script", "iframe", "style", "object", "embed", "frame", "frameset", "applet", "base", "link", "meta", "form"]);
const urlProperties = ["href", "src", "action", "formAction", "poster", "cite", "background", "data", "xLinkHref", "srcSet", "longDesc", "manifest"];

/** Strips what browsers ignore inside a URL's scheme (whitespace and control characters). */
const scheme = (url: string) => url.replace(/[\u0000-\u0020\u007F-\u009F]/g, "").toLowerCase();

/** Parses `html` as a browser would and asserts nothing in it can run script or restyle the page. */
function expectSafeHtml(html: string): void {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, "element", (node: Element) => {
    expect(forbiddenElements.has(node.tagName), `<${node.tagName}> in ${html}`).toBe(false);
    for (const [name, value] of Object.entries(node.properties)) {
      expect(/^on/i.test(name), `${name} on <${node.tagName}> in ${html}`).toBe(false);
      expect(name.toLowerCase(), `style on <${node.tagName}> in ${html}`).not.toBe("style");
      if (urlProperties.includes(name)) {
        for (const url of Array.isArray(value) ? value : [value]) {
          expect(scheme(String(url)), `${name}="${String(url)}" in ${html}`).not.toMatch(/^(javascript|vbscript|data):/);
        }
      }
    }
  });
  // A second, independent look at the serialised text: no tag of these kinds opens outside an attribute
  // value (`<` in text is always escaped; inside a quoted value, as in a code fence's info string
  // `class="language-<script>"`, it is only text).
  expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<(script|iframe|style|object|embed)[\s>/]/i);
}

describe("whatever the body holds, the rendered HTML is safe", () => {
  it("the checks themselves catch unsafe HTML", () => {
    for (const unsafe of ["<script>x</script>", "<a href=\"javascript:x\">x</a>", "<img src=\"data:x\">", "<p onclick=\"x\">x</p>", "<b style=\"x\">x</b>", "<a href=\" JAVA\nSCRIPT:x\">x</a>"]) {
      expect(() => expectSafeHtml(unsafe), unsafe).toThrow();
    }
  });

  it("renderMarkdown on Markdown mixed with raw HTML, links, images and entities", () => {
    fc.assert(fc.property(markdownBody, (markdown) => {
      const started = performance.now();
      const { html } = renderMarkdown(markdown);
      expect(performance.now() - started).toBeLessThan(maxMillisPerRun);
      expectSafeHtml(html);
    }), runs(400));
  }, testTimeout);

  it("the loader's html for a valid profile whose body has hostile Markdown in it", () => {
    fc.assert(fc.property(markdownBody, fc.nat(minimalBody.length), (markdown, at) => {
      // Spliced between paragraphs of the valid narrative, so the profile stays valid and has html.
      const paragraphs = minimalBody.split("\n\n");
      const cut = Math.min(paragraphs.length, Math.floor((at / minimalBody.length) * paragraphs.length));
      const body = [...paragraphs.slice(0, cut), markdown, ...paragraphs.slice(cut)].join("\n\n");
      const result = loadAndCheck(withFrontMatter(minimalFrontMatter, body));
      if (result.career) expectSafeHtml(result.career.html);
    }), runs(200));
  }, testTimeout);

  it("arbitrary bodies after a valid front matter never make the loader throw", () => {
    fc.assert(fc.property(fc.oneof(markdownBody, fc.string({ maxLength: 300, unit: "binary" })), (body) => {
      const result = loadAndCheck(withFrontMatter(minimalFrontMatter, body));
      if (result.career) expectSafeHtml(result.career.html);
    }), runs(200));
  }, testTimeout);
});

// ---------------------------------------------------------------------------------------------
// Query strings (the browser-level fuzzing is tests/e2e/fuzz.spec.ts)

describe("any query string gives a browse query and a comparison, never an exception", () => {
  const career = loadCareerFile("careers/minimal-profile.md", encode(minimalProfile), dataset).career;
  const careers = career ? [career, { ...career, slug: "second-profile" }] : [];
  // Keys that Object.prototype or Array.prototype already have: Next builds the params object by plain
  // assignment, so `__proto__` swaps its prototype and the others come back as [inherited, value].
  const key = fc.oneof(
    fc.constantFrom("q", "category", "tier", "education", "minSalary", "credential", "show", "sort", "page", "careers", "add"),
    fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "length", "map", "at", "join"),
    fc.string({ maxLength: 6 }),
  );
  const value = fc.oneof(fc.string({ maxLength: 30, unit: "binary" }), fc.constantFrom("", "1e309", "-1", "2", "salary", "healthcare", "all", "profiles", "minimal-profile", "second-profile,minimal-profile"));

  it("built from raw pairs the way Next builds searchParams", () => {
    fc.assert(fc.property(fc.array(fc.tuple(key, value), { maxLength: 10 }), (pairs) => {
      const params = searchParamsToUrlQuery(new URLSearchParams(pairs));
      const query = parseBrowseQuery(params);
      expect(Number.isInteger(query.page) && query.page >= 1).toBe(true);
      expect(sortKeys).toContain(query.sort);
      expect(typeof query.q).toBe("string");
      expect(query.notes.every((note) => typeof note === "string")).toBe(true);
      const comparison = parseComparison(params, careers);
      expect(comparison.careers.length).toBeLessThanOrEqual(maxCompared);
      expect(comparison.unknown.every((slug) => typeof slug === "string" && !slug.includes("native code"))).toBe(true);
    }), runs(300));
  }, testTimeout);

  it("the tidy query string reads the same as the one given, and is tidy itself (no redirect loop)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(key, value), { maxLength: 10 }), (pairs) => {
      const search = new URLSearchParams(pairs);
      const tidy = tidyBrowseSearch(search.toString());
      if (tidy === undefined) return;
      expect(tidyBrowseSearch(tidy)).toBeUndefined();
      expect(parseBrowseQuery(searchParamsToUrlQuery(new URLSearchParams(tidy)))).toEqual(parseBrowseQuery(searchParamsToUrlQuery(search)));
    }), runs(300));
  }, testTimeout);

  it("?__proto__&sort (once a 500) reads as the default sort", () => {
    expect(parseBrowseQuery(searchParamsToUrlQuery(new URLSearchParams("__proto__&sort=salary&q=nurse")))).toMatchObject({ sort: "salary", q: "nurse" });
    expect(parseBrowseQuery(searchParamsToUrlQuery(new URLSearchParams("__proto__&sort"))).sort).toBe("title");
    expect(parseComparison(searchParamsToUrlQuery(new URLSearchParams("__proto__&careers=minimal-profile&add")), careers).careers).toHaveLength(1);
  });
});
