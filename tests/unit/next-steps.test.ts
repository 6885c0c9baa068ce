/**
 * "Start this career": the finders' addresses (lib/next-steps/finders.ts), the place a reader types
 * (place.ts) and the /go redirect (go.ts), called with Request objects as Next.js calls the route.
 * tests/e2e/next-steps.spec.ts submits the real form. Nothing here reaches the internet.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finderHosts, finderIds, finders, finderUrl, whereToLookNext, type FinderId } from "@/lib/next-steps/finders";
import { answerGo, type OccupationLookup } from "@/lib/next-steps/go";
import { maxPlaceLength, readPlace } from "@/lib/next-steps/place";
import { figuresCitation, formatPublished, pageCitation } from "@/lib/sharing/citation";

const medical = { title: "Medical Assistants", socCode: "31-9092" };

const expected: Record<FinderId, { national: string; near: string }> = {
  jobs: {
    national: "https://www.careeronestop.org/Toolkit/Jobs/find-jobs.aspx?keyword=Medical+Assistants",
    near: "https://www.careeronestop.org/Toolkit/Jobs/find-jobs.aspx?keyword=Medical+Assistants&location=Chicago%2C+IL",
  },
  training: {
    national: "https://www.careeronestop.org/Toolkit/Training/find-local-training.aspx?keyword=Medical+Assistants",
    near: "https://www.careeronestop.org/Toolkit/Training/find-local-training.aspx?keyword=Medical+Assistants&location=Chicago%2C+IL",
  },
  apprenticeships: {
    national: "https://www.apprenticeship.gov/apprenticeship-job-finder",
    near: "https://www.apprenticeship.gov/apprenticeship-job-finder",
  },
  licenses: {
    national: "https://www.careeronestop.org/Toolkit/Training/find-licenses.aspx?keyword=Medical+Assistants",
    near: "https://www.careeronestop.org/Toolkit/Training/find-licenses.aspx?keyword=Medical+Assistants&location=Chicago%2C+IL",
  },
  certifications: {
    national: "https://www.careeronestop.org/Toolkit/Training/find-certifications.aspx?keyword=Medical+Assistants",
    near: "https://www.careeronestop.org/Toolkit/Training/find-certifications.aspx?keyword=Medical+Assistants",
  },
};

describe("finder addresses", () => {
  it.each(finderIds)("%s without a place", (id) => {
    expect(finderUrl(id, medical)).toBe(expected[id].national);
  });

  it.each(finderIds)("%s with a place (ignored where the finder takes none)", (id) => {
    expect(finderUrl(id, medical, "Chicago, IL")).toBe(expected[id].near);
  });

  it("encodes a title's punctuation as a value, never as more parameters", () => {
    const url = new URL(finderUrl("jobs", { title: "Secretaries & Assistants, Except #Legal?", socCode: "43-6014" }, "O'Fallon, MO"));
    expect([...url.searchParams.keys()]).toEqual(["keyword", "location"]);
    expect(url.searchParams.get("keyword")).toBe("Secretaries & Assistants, Except #Legal?");
    expect(url.searchParams.get("location")).toBe("O'Fallon, MO");
    expect(url.hash).toBe("");
  });

  it("says what to type where the finder cannot be pre-filled (apprenticeship.gov), and only there", () => {
    expect(finders.apprenticeships.note?.(medical)).toBe("search there for “Medical Assistants” and your place");
    expect(finderIds.filter((id) => finders[id].note)).toEqual(["apprenticeships"]);
  });

  it("prints one line a student can type", () => {
    expect(whereToLookNext(medical)).toBe(
      "careeronestop.org (jobs, training, licenses, certifications: 31-9092 Medical Assistants) · apprenticeship.gov",
    );
  });
});

describe("the place", () => {
  it.each([
    ["", undefined],
    ["   ", undefined],
    ["60601", "60601"],
    ["  Chicago,   IL ", "Chicago, IL"],
    ["St. Louis, MO", "St. Louis, MO"],
    ["Coeur d'Alene, Idaho", "Coeur d'Alene, Idaho"],
    ["Winston-Salem", "Winston-Salem"],
    ["Cañon City, CO", "Cañon City, CO"],
    ["Espan\u0303ola, NM", "Española, NM"],
  ])("accepts %j as %j", (raw, place) => {
    expect(readPlace(raw)).toEqual({ ok: true, place });
  });

  it("takes a missing place as the whole country", () => {
    expect(readPlace(null)).toEqual({ ok: true, place: undefined });
    expect(readPlace(undefined)).toEqual({ ok: true, place: undefined });
  });

  it.each([
    ["<script>alert(1)</script>", "markup"],
    ["Chicago\nLocation: https://evil.example", "a newline"],
    ["Chicago\r\nIL", "a carriage return"],
    ["Chicago%00", "a %-escape"],
    ["Chicago\u0000", "a NUL"],
    ["\u202eLI ,ogacihC", "a right-to-left override"],
    ["Chicago\u200b", "a zero-width space"],
    ["http://evil.example", "an address"],
    ["//evil.example", "a scheme-relative address"],
    ["a&location=evil", "a parameter"],
    ["Chicago\tIL", "a tab inside"],
    ["...", "punctuation only"],
    ["😀", "an emoji"],
  ])("refuses %j (%s)", (raw) => {
    const read = readPlace(raw);
    expect(read.ok).toBe(false);
    expect(read).toMatchObject({ message: expect.stringContaining("ZIP code") });
  });

  it(`refuses more than ${maxPlaceLength} characters and says how many`, () => {
    expect(readPlace("a".repeat(maxPlaceLength)).ok).toBe(true);
    expect(readPlace("a".repeat(maxPlaceLength + 1))).toEqual({ ok: false, message: expect.stringContaining(`${maxPlaceLength + 1} characters`) });
    expect(readPlace("9".repeat(10_000)).ok).toBe(false);
  });
});

const lookup: OccupationLookup = (socCode) => (socCode === medical.socCode ? { ...medical, path: "/careers/medical-assistants" } : undefined);
const go = (query: string) => answerGo(new Request(`http://localhost:3000/go${query}`), lookup);

describe("GET /go", () => {
  it.each(finderIds)("redirects (303) to %s without a place", (id) => {
    const response = go(`?soc=31-9092&finder=${id}&place=`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(expected[id].national);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it.each(finderIds)("redirects (303) to %s with a place", (id) => {
    const response = go(`?soc=31-9092&finder=${id}&place=Chicago%2C+IL`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(expected[id].near);
  });

  it("refuses a bad place with 400, the rule and a link back to the section", async () => {
    const response = go("?soc=31-9092&finder=jobs&place=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    const html = await response.text();
    expect(html).toContain("5-digit ZIP code");
    expect(html).toContain('href="/careers/medical-assistants#start"');
    expect(html).not.toContain("<script>");
  });

  it.each([
    ["an unknown finder", "?soc=31-9092&finder=evil"],
    ["an address as the finder", "?soc=31-9092&finder=https%3A%2F%2Fevil.example"],
    ["no finder", "?soc=31-9092&place=60601"],
    ["an inherited property name", "?soc=31-9092&finder=constructor"],
  ])("refuses %s with 404", async (_, query) => {
    const response = go(query);
    expect(response.status).toBe(404);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toContain("Choose one of the finders");
  });

  it.each([
    ["an unknown SOC code", "?soc=99-9999&finder=jobs"],
    ["a malformed code", "?soc=31-9092.00&finder=jobs"],
    ["no code", "?finder=jobs"],
  ])("refuses %s with 404", async (_, query) => {
    const response = go(query);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Occupation not found");
  });

  it("redirects only to a finder's host, whatever the query", () => {
    const anything = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("http://evil.example", "//evil.example", "%0d%0aLocation: x", "\\evil"));
    const finder = fc.oneof(fc.constantFrom(...finderIds), anything);
    const place = fc.oneof(anything, fc.string({ unit: fc.constantFrom(..."aZ9 .,'’-/:@%#?&\n"), maxLength: 70 }));
    fc.assert(
      fc.property(finder, anything, place, fc.boolean(), (finder, soc, place, knownSoc) => {
        const params = new URLSearchParams({ finder, soc: knownSoc ? "31-9092" : soc, place });
        const response = go(`?${params.toString()}`);
        if (response.status === 303) {
          const location = new URL(response.headers.get("location") ?? "");
          expect(location.protocol).toBe("https:");
          expect(finderHosts).toContain(location.host);
        } else {
          expect([400, 404]).toContain(response.status);
          expect(response.headers.get("location")).toBeNull();
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("Cite this page", () => {
  const manifest = {
    sources: [
      { id: "oews", release: "May 2025", published: "2026-04" },
      { id: "projections", release: "2024–34", published: "2025-09" },
      { id: "exposure", release: "2024", published: "2024-06" },
    ],
  } as unknown as Parameters<typeof figuresCitation>[0];

  it("names the releases and the months they were published", () => {
    expect(formatPublished("2026-04")).toBe("April 2026");
    expect(figuresCitation(manifest)).toBe("BLS OEWS May 2025 (published April 2026), Employment Projections 2024–34 (published September 2025)");
  });

  it("gives title, site, address and figures, and the date a profile was updated", () => {
    expect(pageCitation({ title: "Medical Assistants", site: "Workweek", url: "https://example.org/careers/medical-assistants", manifest, updated: "December 1, 2026" })).toBe(
      "Medical Assistants. Workweek. https://example.org/careers/medical-assistants. Figures: BLS OEWS May 2025 (published April 2026), Employment Projections 2024–34 (published September 2025). Updated December 1, 2026.",
    );
  });
});
