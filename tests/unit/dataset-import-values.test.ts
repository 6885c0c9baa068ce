/**
 * The import's pure parts: figures written from the text a workbook stores (float noise gone, the
 * agency's decimals kept, thousands scaled exactly), the O*NET release from its data dates, column
 * letters, and the change report from two datasets.
 */
import { describe, expect, it } from "vitest";
import type { Manifest, Row, SourceManifest } from "@/lib/dataset/files";
import { compareDatasets, describeChange, type Dataset } from "@/lib/dataset/import";
import { onetRelease } from "@/lib/dataset/import/interests";
import { columnLetter } from "@/lib/dataset/import/problems";
import { isNumberText, publishedDecimal, shortestDecimal, thousandsToWhole } from "@/lib/dataset/import/values";

describe("figures from stored number text", () => {
  it("writes the shortest decimal that reads back as the stored double", () => {
    expect(shortestDecimal("17.440000000000001")).toBe("17.44");
    expect(shortestDecimal("0.8200000000000001")).toBe("0.8200000000000001");
    expect(shortestDecimal("1.0")).toBe("1");
    expect(shortestDecimal("-0.0")).toBe("0");
    expect(shortestDecimal("1e-7")).toBe("0.0000001");
    expect(shortestDecimal("2.5E+21")).toBe("2500000000000000000000");
  });

  it("pads to the decimals the agency publishes, never rounding", () => {
    expect(publishedDecimal("20.100000000000001", 2)).toBe("20.10");
    expect(publishedDecimal("5", 1)).toBe("5.0");
    expect(publishedDecimal("-1.1000000000000001", 1)).toBe("-1.1");
    expect(publishedDecimal("12.345", 2)).toBe("12.345");
    expect(publishedDecimal("204350", 0)).toBe("204350");
  });

  it("turns thousands into whole jobs on the decimal text", () => {
    expect(thousandsToWhole("309.39999999999998")).toBe("309400");
    expect(thousandsToWhole("4.0999999999999996")).toBe("4100");
    expect(thousandsToWhole("1147.9000000000001")).toBe("1147900");
    expect(thousandsToWhole("0.05")).toBe("50");
    expect(thousandsToWhole("-0.6")).toBe("-600");
    expect(thousandsToWhole("0")).toBe("0");
    expect(thousandsToWhole("14441")).toBe("14441000");
    expect(thousandsToWhole("1.23456")).toBe("1235");
  });

  it("accepts plain numbers only", () => {
    for (const text of ["12", "-3.5", "0.46", ".5", "1e-7"]) expect(isNumberText(text)).toBe(true);
    for (const text of ["12,3", "$45", "4%", "", "*", "—", "1.2.3", "n/a"]) expect(isNumberText(text)).toBe(false);
  });
});

describe("onetRelease", () => {
  it("names the quarterly release that data of a month belongs to", () => {
    expect(onetRelease(2026, 2)).toEqual({ release: "30.2", published: "2026-02" });
    expect(onetRelease(2025, 8)).toEqual({ release: "30.0", published: "2025-08" });
    expect(onetRelease(2023, 11)).toEqual({ release: "28.1", published: "2023-11" });
    expect(onetRelease(2026, 5)).toEqual({ release: "30.3", published: "2026-05" });
    expect(onetRelease(2025, 12)).toEqual({ release: "30.2", published: "2026-02" });
    expect(onetRelease(2026, 1)).toEqual({ release: "30.2", published: "2026-02" });
  });
});

it("columnLetter names columns as spreadsheets do", () => {
  expect([0, 11, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "L", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
});

describe("compareDatasets", () => {
  const wages = (soc_code: string, title: string, median: string): Row<"oews"> => ({
    soc_code,
    title,
    employment: "1000",
    annual_p10: "30000",
    annual_p25: "40000",
    annual_median: median,
    annual_p75: "60000",
    annual_p90: "70000",
    hourly_median: "24.00",
  });
  const dataset = (oews: Row<"oews">[]): Dataset => ({ oews, projections: [], exposure: [], interests: [] });
  const source = (release: string): SourceManifest => ({
    id: "oews",
    file: "oews-national.csv",
    title: "OEWS",
    publisher: "BLS",
    release,
    published: "2026-04",
    license: "Public domain",
    url: "https://www.bls.gov/oes/tables.htm",
    original: { file: "national.xlsx", sha256: "0" },
    rows: 4,
  });
  const manifest = (release: string): Manifest => ({ sources: [source(release)] });

  const before = dataset([wages("11-1011", "Chief Executives", "50000"), wages("11-1031", "Legislators", "44810"), wages("13-1020", "Buyers", "70000")]);
  const after = dataset([
    { ...wages("11-1011", "Chief Executives", "52000"), hourly_median: "25.00" },
    wages("13-1020", "Buyers and Purchasing Agents", "70000"),
    wages("15-1252", "Software Developers", "135980"),
    wages("15-1253", "Software Quality Assurance Analysts and Testers", "102610"),
  ]);

  it("counts figures changed, titles changed, occupations added and removed, and the release moved", () => {
    const [oews, projections] = compareDatasets({ dataset: before, manifest: manifest("May 2024"), unreadable: {} }, after, manifest("May 2025"));
    expect(oews).toMatchObject({ status: "compared", figuresChanged: 2, titlesChanged: 1, added: 2, removed: 1, rows: 4 });
    expect(describeChange(oews)).toBe("oews-national.csv (May 2024 → May 2025): 2 figures changed, 1 title changed, 2 occupations added, 1 removed");
    expect(describeChange(projections)).toBe("employment-projections.csv: unchanged");
  });

  it("groups thousands and says when nothing changed, a file is new, or the old one was unreadable", () => {
    const many = dataset(Array.from({ length: 1200 }, (_, index) => wages(`11-${String(index).padStart(4, "0")}`, "Title", "1")));
    const changed = dataset(many.oews.map((row) => ({ ...row, annual_median: "2", annual_p90: "3", hourly_median: "1.00", employment: "5" })));
    const [oews] = compareDatasets({ dataset: many, unreadable: {} }, changed);
    expect(describeChange(oews)).toBe("oews-national.csv: 4,800 figures changed, 0 occupations added, 0 removed");

    expect(describeChange(compareDatasets({ dataset: before, unreadable: {} }, before)[0])).toBe("oews-national.csv: unchanged");
    expect(describeChange(compareDatasets(undefined, after)[0])).toBe("oews-national.csv: new, 4 occupations");
    const unreadable = compareDatasets({ dataset: {}, unreadable: { oews: "expected the columns …" } }, after)[0];
    expect(describeChange(unreadable)).toBe("oews-national.csv: replaced (the old file was not readable: expected the columns …), 4 occupations");
  });
});
