import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyAnswers, fitHref, parseFitHref, parseFitParams, type RawParams } from "@/lib/fit/answers";
import { tidyFitSearch } from "@/lib/fit/url";
import { answersArbitrary } from "./fit-fixtures";


const parse = (params: RawParams) => parseFitParams(params);
const problemsOf = (params: RawParams) => parse(params).problems;

describe("the answers' link", () => {
  it("reads back exactly what it wrote, for any answers (round trip)", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const href = fitHref(answers);
        const read = parseFitHref(href);
        expect(read.problems).toEqual([]);
        expect(read.answers).toEqual(answers);
        expect(fitHref(read.answers)).toBe(href);
      }),
      { numRuns: 500 },
    );
  });

  it("is compact: all 30 answers and every limit in one short line", () => {
    const href = fitHref({ ...emptyAnswers, activities: "ldnldnldnldnldnldnldnldnldnldn", areas: ["realistic", "investigative"], education: "associate", minPay: 40000, ai: "not-high", growth: "growing" });
    expect(href).toBe("/fit?a=ldnldnldnldnldnldnldnldnldnldn&areas=ri&edu=associate&pay=40000&ai=not-high&growth=growing");
    expect(fitHref(emptyAnswers)).toBe("/fit");
  });

  it("reads what the plain form submits: one field per activity, repeated areas, empty and default fields", () => {
    const read = parse({ q1: "l", q2: "d", q30: "n", areas: ["r", "s"], edu: "", pay: "", ai: "any", growth: "any" });
    expect(read.problems).toEqual([]);
    expect(read.answers.activities).toBe(`ld${"-".repeat(27)}n`);
    expect(read.answers.areas).toEqual(["realistic", "social"]);
    expect(read.notes).toEqual(["You answered the activities and also picked areas: the match uses your answers to the activities."]);
    // Nothing answered is no answer at all: the page shows the form.
    expect(parse({ a: "-".repeat(30) }).answers.activities).toBeUndefined();
  });
});

describe("a hostile or damaged link", () => {
  const hostile: Array<[string, RawParams, RegExp]> = [
    ["answers too short", { a: "lnd" }, /answers in this link are damaged: it has 3 answers instead of 30/],
    ["answers overlong", { a: "l".repeat(5000) }, /far too long/],
    ["unknown answer letters", { a: "x".repeat(30) }, /a letter other than l, n, d or -/],
    ["unicode answers", { a: "ł".repeat(30) }, /damaged/],
    ["two different answer sets", { a: ["l".repeat(30), "d".repeat(30)] }, /2 different values for the answers/],
    ["answers given twice over", { a: "l".repeat(30), q1: "d" }, /answers twice/],
    ["a damaged form answer", { q3: "maybe" }, /answer to activity 3 in this link is damaged/],
    ["unknown areas", { areas: "rxz" }, /letters other than r, i, a, s, e, c/],
    ["four areas", { areas: "rias" }, /You picked 4 areas. Pick one or two/],
    ["areas repeated without end", { areas: Array.from({ length: 50 }, () => "r") }, /far more than the six/],
    ["negative pay", { areas: "r", pay: "-5" }, /minimum pay in this link, "-5", is not a whole number/],
    ["NaN pay", { areas: "r", pay: "NaN" }, /minimum pay/],
    ["exponent pay", { areas: "r", pay: "1e6" }, /minimum pay/],
    ["too much pay", { areas: "r", pay: "99999999" }, /minimum pay/],
    ["an unknown education", { areas: "r", edu: "phd-in-wizardry" }, /education level in this link, "phd-in-wizardry", is not one the site offers/],
    ["an unknown AI choice", { areas: "r", ai: "none" }, /AI exposure choice/],
    ["an unknown growth choice", { areas: "r", growth: "up" }, /growth choice/],
    ["an unknown group to list", { areas: "r", more: "everything" }, /list to show in full/],
    ["a strange form switch", { areas: "r", edit: "yes" }, /form switch/],
    ["bidi and control characters", { areas: "r", edu: "\u202eeergeD\u0000" }, /education level/],
  ];
  for (const [name, params, message] of hostile) {
    it(`says what is wrong, never throws: ${name}`, () => {
      const problems = problemsOf(params);
      expect(problems.join("\n")).toMatch(message);
      for (const problem of problems) expect(problem.length).toBeLessThan(300);
    });
  }

  it("never lets a parameter named like a built-in reach the object's prototype", () => {
    const params: RawParams = JSON.parse('{"__proto__": {"a": "l"}, "constructor": "x", "toString": "y", "areas": "r"}');
    const read = parse(params);
    expect(read.problems).toEqual([]);
    expect(read.answers.areas).toEqual(["realistic"]);
    expect(read.answers.activities).toBeUndefined();
  });

  it("never throws, and reads a link the site made unchanged, whatever else is in it (fuzz)", () => {
    const names = fc.constantFrom("a", "areas", "edu", "pay", "ai", "growth", "more", "edit", "q1", "q30", "q31", "__proto__", "toString", "x");
    const value = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("", "l", "r", "ri", "NaN", "-1", "Infinity", "bachelor", "any", "1"));
    fc.assert(
      fc.property(fc.dictionary(names, fc.oneof(value, fc.array(value, { maxLength: 8 }))), (params) => {
        const read = parse(params);
        expect(Array.isArray(read.problems)).toBe(true);
        if (read.problems.length === 0) expect(parseFitHref(fitHref(read.answers)).answers).toEqual(read.answers);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the tidy /fit link (proxy.ts redirects the form's submission to it)", () => {
  const submission = "q1=l&q2=d&q3=n&areas=r&areas=i&edu=&pay=40000&ai=any&growth=any";

  it("turns the form's thirty fields into one compact a=, dropping empty and default fields", () => {
    expect(tidyFitSearch(submission)).toBe(`a=ldn${"-".repeat(27)}&areas=ri&pay=40000`);
    expect(tidyFitSearch("areas=s&edu=&pay=&ai=any&growth=any")).toBe("areas=s");
    expect(tidyFitSearch("edu=&pay=&ai=any&growth=any")).toBe("");
  });

  it("leaves a tidy link alone, so the redirect never loops", () => {
    const once = tidyFitSearch(submission) ?? "";
    expect(tidyFitSearch(once)).toBeUndefined();
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(tidyFitSearch(fitHref(answers).replace(/^\/fit\??/, ""))).toBeUndefined();
      }),
    );
  });

  it("keeps what the page does not read as written, and leaves a damaged link as it is for the page to explain", () => {
    expect(tidyFitSearch("areas=r&ai=any&utm_source=mail%20list")).toBe("areas=r&utm_source=mail%20list");
    expect(tidyFitSearch("a=lnd&ai=any")).toBeUndefined();
    expect(tidyFitSearch("__proto__=x&areas=r&ai=any")).toBeUndefined();
  });
});
