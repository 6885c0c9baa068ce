/**
 * The national dataset as the site reads it (content/national): its figures checked against the
 * shipped CSV files, the format's exposure rules, "not published" markers and official slugs.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { slugPattern } from "@/lib/content/slug";
import { exposureCrosswalk, exposureSource } from "@/lib/dataset/exposure";
import { DatasetFileError } from "@/lib/dataset/files";
import { officialSlug, readNationalDataset } from "@/lib/dataset/national";
import { nationalDir, tempDir, testDataset } from "./helpers";

const dataset = testDataset();
const occupation = (code: string) => {
  const found = dataset.occupations.get(code);
  if (!found) throw new Error(`${code} is not in the dataset`);
  return found;
};

/** A shipped CSV file as records (header → cell), read independently of lib/dataset. */
function csv(file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(nationalDir, file), "utf8"), { columns: true, skip_empty_lines: true });
}

/** β × 100 of each O*NET-SOC code, as the paper's file gives it. */
const betaPercent = new Map(csv("gpts-exposure.csv").map((row) => [row.onet_code, Number(row.beta) * 100]));
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;
/** A detailed code's exposure by the format's first two rules: its `.00` code, else the mean of its O*NET codes. */
function directPercent(soc: string): number {
  const own = betaPercent.get(`${soc}.00`);
  if (own !== undefined) return own;
  const codes = [...betaPercent.keys()].filter((code) => code.startsWith(`${soc}.`));
  if (codes.length === 0) throw new Error(`no O*NET code of ${soc} in gpts-exposure.csv`);
  return mean(codes.map((code) => betaPercent.get(code) as number));
}

describe("the national dataset", () => {
  it("holds every occupation of the two BLS sources: 832", () => {
    expect(dataset.occupations.size).toBe(832);
    const codes = new Set([...csv("oews-national.csv"), ...csv("employment-projections.csv")].map((row) => row.soc_code));
    expect([...dataset.occupations.keys()].sort()).toEqual([...codes].sort());
  });

  it("gives medical assistants (31-9092) their published figures", () => {
    expect(occupation("31-9092")).toMatchObject({
      socCode: "31-9092",
      title: "Medical Assistants",
      officialSlug: "medical-assistants",
      category: "healthcare",
      wages: { p10: 36050, p25: 38470, median: 45690, p75: 49180, p90: 59310, hourlyMedian: 21.97, employment: 817870, release: "May 2025" },
      projections: {
        employmentBase: 811000,
        employmentProjected: 912200,
        percentChange: 12.5,
        annualOpenings: 112300,
        baseYear: 2024,
        projectedYear: 2034,
        release: "2024–34",
        entryEducation: { id: "postsecondary-certificate", published: "Postsecondary nondegree award" },
        workExperience: "None",
        onTheJobTraining: "None",
      },
      exposure: { percent: 35.9, rule: "onet-code", from: ["31-9092.00"], source: exposureSource },
    });
    expect(occupation("31-9092").interests).toEqual({ realistic: 4.06, investigative: 3.8, artistic: 1, social: 4.8, enterprising: 1.98, conventional: 5.75 });
  });

  it("names each source's release as pages show it", () => {
    expect(dataset.source("oews").release).toBe("May 2025");
    expect(dataset.source("projections").release).toBe("2024–34");
  });

  it("gives an aggregate code (31-1120) the mean of its detailed children", () => {
    const aides = occupation("31-1120");
    expect(dataset.occupations.has("31-1121")).toBe(false);
    expect(dataset.occupations.has("31-1122")).toBe(false);
    expect(aides.exposure).toEqual({
      percent: oneDecimal(mean([directPercent("31-1121"), directPercent("31-1122")])),
      rule: "mean-of-children",
      from: ["31-1121", "31-1122"],
      source: exposureSource,
    });
    expect(aides.exposure?.percent).toBe(15);
  });

  it("rates the codes O*NET renumbered (21-1018 and the rest of the crosswalk) with the mean of the codes they were formed from", () => {
    expect(Object.keys(exposureCrosswalk).sort()).toEqual(["21-1018", "25-2052", "25-9045", "51-2028", "53-1047"]);
    for (const [soc, formedFrom] of Object.entries(exposureCrosswalk)) {
      expect([...betaPercent.keys()].some((code) => code.startsWith(`${soc}.`)), `${soc} has no row of its own`).toBe(false);
      expect(occupation(soc).exposure, soc).toEqual({
        percent: oneDecimal(mean(formedFrom.map(directPercent))),
        rule: "crosswalk",
        from: [...formedFrom],
        source: exposureSource,
      });
    }
    expect(occupation("21-1018").exposure?.percent).toBe(22.7);
  });

  it("leaves an \"all other\" code the paper did not rate (11-9039) unrated, with its other figures", () => {
    const other = occupation("11-9039");
    expect(other.title).toBe("Education Administrators, All Other");
    expect(other.exposure).toBeUndefined();
    expect(other.wages?.median).toBe(95200);
    expect(other.projections?.percentChange).toBe(2.5);
  });

  it("gives every other code an exposure by its own O*NET codes", () => {
    for (const figures of dataset.occupations.values()) {
      const exposure = figures.exposure;
      if (!exposure || exposure.rule === "mean-of-children" || exposure.rule === "crosswalk") continue;
      expect(exposure.percent, figures.socCode).toBe(oneDecimal(directPercent(figures.socCode)));
      expect(exposure.rule, figures.socCode).toBe(betaPercent.has(`${figures.socCode}.00`) ? "onet-code" : "mean-of-onet-codes");
    }
  });

  it("reads a figure BLS did not publish (*) as null, never as a number, and every other cell as published", () => {
    const columns = { employment: "employment", annual_p10: "p10", annual_p25: "p25", annual_median: "median", annual_p75: "p75", annual_p90: "p90", hourly_median: "hourlyMedian" } as const;
    const rows = csv("oews-national.csv");
    let markers = 0;
    for (const row of rows) {
      const wages = occupation(row.soc_code).wages;
      for (const [column, key] of Object.entries(columns)) {
        const cell = row[column];
        if (cell === "*" || cell === "#" || cell === "**") markers += 1;
        expect(wages?.[key], `${row.soc_code} ${column} "${cell}"`).toBe(cell === "*" || cell === "#" || cell === "**" ? null : Number(cell));
      }
    }
    expect(markers).toBeGreaterThan(0);
    // Kindergarten-to-secondary administrators: BLS publishes annual wages only.
    expect(rows.find((row) => row.soc_code === "11-9032")?.hourly_median).toBe("*");
    expect(occupation("11-9032").wages).toMatchObject({ hourlyMedian: null, median: 105870 });
  });

  it("gives Legislators (11-1031) projections but no wages (OEWS has no row for them)", () => {
    const legislators = occupation("11-1031");
    expect(legislators.title).toBe("Legislators");
    expect(legislators.wages).toBeUndefined();
    expect(legislators.projections).toMatchObject({ employmentBase: 27700, employmentProjected: 28600, percentChange: 3.4, annualOpenings: 2200 });
  });

  it("gives every occupation a unique official slug of at most 80 characters that is a valid slug", () => {
    const slugs = [...dataset.occupations.values()].map((figures) => figures.officialSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug.length, slug).toBeLessThanOrEqual(80);
      expect(slug, slug).toMatch(slugPattern);
    }
  });

  it("makes the official slug from the title: apostrophes dropped, cut at a word boundary", () => {
    expect(occupation("33-3051").officialSlug).toBe("police-and-sheriffs-patrol-officers");
    expect(occupation("51-4031").officialSlug).toBe("cutting-punching-and-press-machine-setters-operators-and-tenders-metal-and");
    expect(officialSlug(`${"word ".repeat(16)}lastword`)).toBe(`${"word-".repeat(15)}word`);
  });
});

describe("reading a dataset folder", () => {
  /** A copy of the shipped dataset with one cell of oews-national.csv replaced. */
  function withOewsCell(socCode: string, column: string, value: string): string {
    const dir = tempDir("national-");
    cpSync(nationalDir, dir, { recursive: true });
    const file = path.join(dir, "oews-national.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    const columns = lines[0].split(",");
    const index = lines.findIndex((line) => line.startsWith(`${socCode},`));
    const cells = lines[index].split(",");
    cells[columns.indexOf(column)] = value;
    lines[index] = cells.join(",");
    writeFileSync(file, lines.join("\n"));
    return dir;
  }

  it("refuses a cell that is neither a number nor a BLS marker, naming file, row and column", () => {
    const dir = withOewsCell("31-9092", "annual_median", "n/a");
    const row = readFileSync(path.join(dir, "oews-national.csv"), "utf8").split("\n").findIndex((line) => line.startsWith("31-9092,")) + 1;
    expect(() => readNationalDataset(dir)).toThrow(DatasetFileError);
    expect(() => readNationalDataset(dir)).toThrow(
      `${path.join(dir, "oews-national.csv")}: row ${row}, column annual_median: "n/a" is neither a number nor a BLS marker`,
    );
  });

  it("reads a hand-edited marker as not published", () => {
    const dir = withOewsCell("31-9092", "annual_p90", "#");
    expect(readNationalDataset(dir).occupations.get("31-9092")?.wages).toMatchObject({ p90: null, median: 45690 });
  });
});
