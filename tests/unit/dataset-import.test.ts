/**
 * `npm run data:import`: small downloads in the agencies' own layouts (sheet names, header rows,
 * group and summary rows, markers, footnotes) are written to a temporary folder, imported, and the
 * dataset files compared byte for byte; every refusal names file, sheet, row and column and leaves
 * the dataset as it was.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import writeExcelFile, { type SheetData } from "write-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetFiles, manifestFile, type Manifest } from "@/lib/dataset/files";
import { ImportRefused, runImport, type ImportProblem, type ImportReport } from "@/lib/dataset/import";

const root = path.resolve(import.meta.dirname, "../..");
const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `dataset-import-${prefix}-`));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// --- OEWS national (national_M2025_dl.xlsx) ---------------------------------------------------------

const oewsHeader = [
  "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP",
  "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE",
  "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY",
];
type Figure = number | string;
/** One row of the national file: employment, hourly median, then the annual p10…p90. */
function oewsRow(code: string, title: string, group: string, employment: Figure, hourlyMedian: Figure, annual: Figure[]): SheetData[number] {
  const hourly = typeof hourlyMedian === "number" ? [hourlyMedian - 5, hourlyMedian - 2, hourlyMedian, hourlyMedian + 2, hourlyMedian + 5] : Array(5).fill(hourlyMedian);
  return [
    "99", "U.S.", 1, "US", "000000", "Cross-industry", "cross-industry", 1235, code, title, group,
    employment, 1.2, null, null, null, null, 30, 60000, 0.5,
    ...hourly, ...annual, null, null,
  ];
}
const oewsRows = {
  total: oewsRow("00-0000", "All Occupations", "total", 155495730, 24.51, [31200, 37590, 50980, 80520, 128560]),
  major: oewsRow("11-0000", "Management Occupations", "major", 11132700, 60.83, [60130, 82970, 126520, 176280, 257310]),
  broad: oewsRow("11-1010", "Chief Executives", "broad", 204350, 102.88, [75700, 129540, 213990, 356200, 507730]),
  chiefs: oewsRow("11-1011", "Chief Executives", "detailed", 204350, 102.88, [75700, 129540, 213990, 356200, 507730]),
  teachers: oewsRow("25-2021", "Elementary School Teachers, Except Special Education", "detailed", 1379030, "*", [47710, 54690, 65600, 82010, 101450]),
  actors: oewsRow("27-2011", "Actors", "detailed", 59720, 23.1, ["*", "*", "*", "*", "*"]),
  surgeons: oewsRow("29-1242", "Orthopedic Surgeons, Except Pediatric", "detailed", 18880, "#", [118530, 239200, "#", "#", "#"]),
  farmworkers: oewsRow("45-2091", "Agricultural Equipment Operators", "detailed", "**", 18.25, [30060, 33460, 37960, 45140, 52570]),
};
const oewsExpected = `soc_code,title,employment,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,hourly_median
11-1011,Chief Executives,204350,75700,129540,213990,356200,507730,102.88
25-2021,"Elementary School Teachers, Except Special Education",1379030,47710,54690,65600,82010,101450,*
27-2011,Actors,59720,*,*,*,*,*,23.10
29-1242,"Orthopedic Surgeons, Except Pediatric",18880,118530,239200,#,#,#,#
45-2091,Agricultural Equipment Operators,**,30060,33460,37960,45140,52570,18.25
`;

// --- Employment Projections (occupation.xlsx, Table 1.2) -------------------------------------------

const epHeader = [
  "2024 National Employment Matrix title", "2024 National Employment Matrix code", "Occupation type", "Employment, 2024", "Employment, 2034",
  "Employment distribution, percent, 2024", "Employment distribution, percent, 2034", "Employment change, numeric, 2024–34",
  "Employment change, percent, 2024–34", "Percent self employed, 2024", "Occupational openings, 2024–34 annual average",
  "Median annual wage, dollars, 2024[1]", "Typical education needed for entry", "Work experience in a related occupation",
  "Typical on-the-job training needed to attain competency in the occupation", "Related Occupational Outlook Handbook (OOH) content xlsx",
];
function epRow(title: string, code: string, type: string, base: Figure, projected: Figure, percent: Figure, openings: Figure, categories: string[]): SheetData[number] {
  return [title, code, type, base, projected, 0.2, 0.2, 13.3, percent, 25.9, openings, 206420, ...categories, "OOH Content"];
}
const dash = ["—", "—", "—"];
const epTitle = ["Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)"];
const epRows = {
  total: epRow("Total, all occupations", "00-0000", "Summary", 169956.1, 175167.9, 3.1, 18863.3, dash),
  group: epRow("  Management occupations", "11-0000", "Summary", 13607.6, 14441, 6.1, 1147.9, dash),
  chiefs: epRow("      Chief executives", "11-1011", "Line item", 309.4, 322.7, 4.3, 22.2, ["Bachelor's degree", "5 years or more", "None"]),
  buyers: epRow("    Buyers and purchasing agents", "13-1020", "Line item", 487.2, 482.5, -1, 42.1, ["Bachelor's degree", "None", "Moderate-term on-the-job training"]),
  fishers: epRow("    Fishing and hunting workers", "45-3031", "Line item", 26.3, 25.7, -2.5, 3.6, ["No formal educational credential", "None", "—"]),
  pumpers: epRow("        Wellhead pumpers", "53-7073", "Line item", 0.3, 0.2, -33.3, 0.05, ["High school diploma or equivalent", "Less than 5 years", "Moderate-term on-the-job training"]),
  footnote: ["Footnotes:"],
  source: ["Source: Employment Projections program, U.S. Bureau of Labor Statistics"],
};
const projectionsExpected = `soc_code,title,employment_base,employment_projected,percent_change,annual_openings,entry_education,work_experience,on_the_job_training
11-1011,Chief executives,309400,322700,4.3,22200,Bachelor's degree,5 years or more,None
13-1020,Buyers and purchasing agents,487200,482500,-1.0,42100,Bachelor's degree,None,Moderate-term on-the-job training
45-3031,Fishing and hunting workers,26300,25700,-2.5,3600,No formal educational credential,None,
53-7073,Wellhead pumpers,300,200,-33.3,50,High school diploma or equivalent,Less than 5 years,Moderate-term on-the-job training
`;

// --- GPTs are GPTs (occ_level.csv) and O*NET Interests.txt ------------------------------------------

const gptsHeader = "O*NET-SOC Code,Title,dv_rating_alpha,dv_rating_beta,dv_rating_gamma,human_rating_alpha,human_rating_beta,human_rating_gamma";
const gptsLines = [
  "11-1011.03,Chief Sustainability Officers,0.16666666666666666,0.5555555555555556,0.9444444444444444,0.05,0.38,0.72",
  "11-1011.00,Chief Executives,0.1,0.46,0.8200000000000001,0.18,0.35,0.52",
  '13-1021.00,"Buyers and Purchasing Agents, Farm Products",0.5,1.0,1.0,0.4,0.7,0.9',
  "45-3031.00,Fishing and Hunting Workers,0.0,0.0,0.0,0.0,0.0,0.0",
];
const exposureExpected = `onet_code,title,beta
11-1011.00,Chief Executives,0.46
11-1011.03,Chief Sustainability Officers,0.5555555555555556
13-1021.00,"Buyers and Purchasing Agents, Farm Products",1
45-3031.00,Fishing and Hunting Workers,0
`;

const interestsHeader = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tDate\tDomain Source";
const riasec = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];
const highPoints = ["First Interest High-Point", "Second Interest High-Point", "Third Interest High-Point"];
function interestLines(code: string, scores: string[], points: string[], date: string): string[] {
  const line = (id: string, name: string, scale: string, value: string) => [code, id, name, scale, value, date, "Machine Learning/Expert"].join("\t");
  return [
    ...riasec.map((name, index) => line(`1.B.1.${"abcdef"[index]}`, name, "OI", scores[index])),
    ...highPoints.map((name, index) => line(`1.B.1.${"ghi"[index]}`, name, "IH", points[index])),
  ];
}
const interestsLines = [
  ...interestLines("45-3031.00", ["6.20", "2.11", "1.00", "1.54", "3.10", "2.50"], ["1.00", "5.00", "0.00"], "11/2023"),
  ...interestLines("11-1011.00", ["1.26", "3.05", "2.16", "3.54", "6.96", "4.97"], ["5.00", "6.00", "0.00"], "02/2026"),
];
const interestsExpected = `onet_code,realistic,investigative,artistic,social,enterprising,conventional,high_point_1,high_point_2,high_point_3
11-1011.00,1.26,3.05,2.16,3.54,6.96,4.97,5.00,6.00,0.00
45-3031.00,6.20,2.11,1.00,1.54,3.10,2.50,1.00,5.00,0.00
`;

// --- Writing the downloads --------------------------------------------------------------------------

type Downloads = {
  oews: SheetData[number][];
  oewsSheet: string;
  oewsFile: string;
  ep: SheetData[number][];
  epSheet: string;
  gpts: string[];
  interests: string[];
};
const standard = (): Downloads => ({
  oews: [oewsHeader, ...Object.values(oewsRows)],
  oewsSheet: "national_M2025_dl",
  oewsFile: "national_M2025_dl.xlsx",
  ep: [epTitle, epHeader, ...Object.values(epRows)],
  epSheet: "Table 1.2",
  gpts: [gptsHeader, ...gptsLines],
  interests: [interestsHeader, ...interestsLines],
});

async function writeDownloads(change: (downloads: Downloads) => void = () => {}): Promise<string> {
  const downloads = standard();
  change(downloads);
  const dir = tempDir("downloads");
  await writeExcelFile([
    { data: downloads.oews, sheet: downloads.oewsSheet },
    { data: [["May 2025 OEWS Estimates"], ["#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year "]], sheet: "Field Descriptions" },
  ]).toFile(path.join(dir, downloads.oewsFile));
  await writeExcelFile([
    { data: [["Occupation.xlsx contents"], ["Table 1.2 Occupational projections, 2024–34, and worker characteristics, 2024"]], sheet: "Index" },
    { data: downloads.ep, sheet: downloads.epSheet },
  ]).toFile(path.join(dir, "occupation.xlsx"));
  writeFileSync(path.join(dir, "occ_level.csv"), `${downloads.gpts.join("\n")}\n`);
  // O*NET's text files have CRLF line ends.
  writeFileSync(path.join(dir, "Interests.txt"), `${downloads.interests.join("\r\n")}\r\n`);
  return dir;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
/** Every file of a folder with its bytes' hash: what "nothing was written" compares. */
const snapshot = (dir: string) => (existsSync(dir) ? Object.fromEntries(readdirSync(dir).sort().map((file) => [file, sha256(path.join(dir, file))])) : {});

async function refusal(from: string, to: string): Promise<ImportRefused> {
  const error = await runImport({ from, to }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportRefused);
  return error as ImportRefused;
}

describe("runImport over downloads in the official layouts", () => {
  let downloads: string;
  let dataset: string;
  let report: ImportReport;
  beforeAll(async () => {
    downloads = await writeDownloads();
    dataset = path.join(tempDir("content"), "national");
    report = await runImport({ from: downloads, to: dataset });
  });

  it("writes the detailed national OEWS rows, markers kept, sorted by code", () => {
    expect(read(dataset, datasetFiles.oews.file)).toBe(oewsExpected);
  });

  it("writes the Table 1.2 line items in whole jobs, percent change with one decimal, '—' as empty", () => {
    expect(read(dataset, datasetFiles.projections.file)).toBe(projectionsExpected);
  });

  it("writes β as the shortest decimal of the number read", () => {
    expect(read(dataset, datasetFiles.exposure.file)).toBe(exposureExpected);
  });

  it("writes the six interest scores and three high-points per O*NET-SOC code as published", () => {
    expect(read(dataset, datasetFiles.interests.file)).toBe(interestsExpected);
  });

  it("writes a manifest naming each source's release, license, download and rows, with O*NET's credit", () => {
    const text = read(dataset, manifestFile);
    expect(text.endsWith("}\n")).toBe(true);
    const manifest = JSON.parse(text) as Manifest;
    expect(text).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    expect(manifest.sources.map((source) => [source.id, source.file, source.release, source.published, source.rows])).toEqual([
      ["oews", "oews-national.csv", "May 2025", "2026-04", 5],
      ["projections", "employment-projections.csv", "2024–34", "2025-09", 4],
      ["exposure", "gpts-exposure.csv", "2024", "2024-06", 4],
      ["interests", "onet-interests.csv", "30.2", "2026-02", 2],
    ]);
    expect(manifest.sources.map((source) => source.original)).toEqual(
      ["national_M2025_dl.xlsx", "occupation.xlsx", "occ_level.csv", "Interests.txt"].map((file) => ({ file, sha256: sha256(path.join(downloads, file)) })),
    );
    expect(manifest.sources[0].license).toMatch(/public domain/i);
    expect(manifest.sources[3].license).toBe("CC BY 4.0");
    expect(manifest.sources[3].credit).toBe(
      "This page includes information from the O*NET 30.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.",
    );
    expect(manifest.sources.slice(0, 3).every((source) => source.credit === undefined)).toBe(true);
  });

  it("reports every file as new and lists what it wrote", () => {
    expect(report.summary).toEqual([
      "oews-national.csv: new, 5 occupations",
      "employment-projections.csv: new, 4 occupations",
      "gpts-exposure.csv: new, 4 occupations",
      "onet-interests.csv: new, 2 occupations",
    ]);
    expect(report.written).toEqual([...Object.values(datasetFiles).map((source) => source.file), manifestFile]);
  });

  it("writes byte-identical files on every run, and a second run over the same folder writes nothing", async () => {
    const again = path.join(tempDir("content"), "national");
    await runImport({ from: downloads, to: again });
    expect(snapshot(again)).toEqual(snapshot(dataset));
    const before = snapshot(dataset);
    const second = await runImport({ from: downloads, to: dataset });
    expect(second.written).toEqual([]);
    expect(second.summary.every((line) => line.endsWith(": unchanged"))).toBe(true);
    expect(snapshot(dataset)).toEqual(before);
  });
});

describe("refusals name file, sheet, row and column, and write nothing", () => {
  /** A dataset folder holding a good import, and the problems of importing `change`d downloads over it. */
  async function refuse(change: (downloads: Downloads) => void): Promise<{ problems: readonly ImportProblem[]; message: string }> {
    const dataset = path.join(tempDir("content"), "national");
    await runImport({ from: await writeDownloads(), to: dataset });
    const before = snapshot(dataset);
    const error = await refusal(await writeDownloads(change), dataset);
    expect(snapshot(dataset)).toEqual(before);
    return { problems: error.problems, message: error.message };
  }

  it("a missing column: the header row and the column expected", async () => {
    const { problems, message } = await refuse((downloads) => {
      downloads.oews[0] = oewsHeader.map((header) => (header === "A_MEDIAN" ? "A_MED" : header));
    });
    expect(problems).toEqual([expect.objectContaining({ file: "national_M2025_dl.xlsx", sheet: "national_M2025_dl", row: 1, column: "A_MEDIAN" })]);
    expect(message).toContain('national_M2025_dl.xlsx, sheet "national_M2025_dl", row 1, column A_MEDIAN: the column "A_MEDIAN" is missing');
    expect(message).toContain("nothing was written");
  });

  it("a wrong sheet: the sheet expected and the sheets there are", async () => {
    const { problems, message } = await refuse((downloads) => {
      downloads.epSheet = "Table 1.3";
    });
    expect(problems).toEqual([expect.objectContaining({ file: "occupation.xlsx", sheet: "Table 1.2" })]);
    expect(message).toContain('occupation.xlsx, sheet "Table 1.2": no sheet "Table 1.2", the occupational projections (the workbook has: Index, Table 1.3)');
  });

  it("a malformed code: row and column with its letter in a workbook, row and header in a CSV", async () => {
    const { problems, message } = await refuse((downloads) => {
      downloads.ep[4] = epRow("Registered nurses", "291141", "Line item", 3391.7, 3556.2, 4.9, 189.1, ["Bachelor's degree", "None", "None"]);
      downloads.gpts[2] = downloads.gpts[2].replace("11-1011.00", "11-1011");
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: "occupation.xlsx", sheet: "Table 1.2", row: 5, column: "2024 National Employment Matrix code", letter: "B" }),
      expect.objectContaining({ file: "occ_level.csv", row: 3, column: "O*NET-SOC Code" }),
    ]);
    expect(message).toContain('occupation.xlsx, sheet "Table 1.2", row 5, column B (2024 National Employment Matrix code): "291141" is not a SOC code (NN-NNNN)');
    expect(message).toContain('occ_level.csv, row 3, column O*NET-SOC Code: "11-1011" is not an O*NET-SOC code (NN-NNNN.NN)');
  });

  it("a value that is neither a number nor a marker the column allows", async () => {
    const { problems, message } = await refuse((downloads) => {
      downloads.oews[4] = oewsRow("11-1011", "Chief Executives", "detailed", "204,350", 102.88, [75700, 129540, 213990, 356200, "*"]);
      downloads.oews[5] = oewsRow("25-2021", "Elementary School Teachers, Except Special Education", "detailed", "*", "*", [47710, 54690, 65600, 82010, 101450]);
      downloads.interests[3] = downloads.interests[3].replace("\t1.00\t", "\tn/a\t");
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: "national_M2025_dl.xlsx", sheet: "national_M2025_dl", row: 5, column: "TOT_EMP", letter: "L" }),
      expect.objectContaining({ file: "national_M2025_dl.xlsx", sheet: "national_M2025_dl", row: 6, column: "TOT_EMP", letter: "L" }),
      expect.objectContaining({ file: "Interests.txt", row: 4, column: "Data Value" }),
    ]);
    expect(message).toContain('national_M2025_dl.xlsx, sheet "national_M2025_dl", row 5, column L (TOT_EMP): "204,350" is neither a number nor the BLS marker "**"');
    expect(message).toContain('row 6, column L (TOT_EMP): "*" is neither a number nor the BLS marker "**"');
    expect(message).toContain('Interests.txt, row 4, column Data Value: "n/a" is not a number');
  });

  it("a missing download: what was expected and where it comes from", async () => {
    const dir = await writeDownloads();
    renameSync(path.join(dir, "occupation.xlsx"), path.join(dir, "projections.xlsx"));
    const dataset = path.join(tempDir("content"), "national");
    const error = await refusal(dir, dataset);
    expect(error.problems).toEqual([expect.objectContaining({ file: "occupation.xlsx" })]);
    expect(error.message).toContain(`occupation.xlsx: missing from ${dir} (BLS Employment Projections`);
    expect(existsSync(dataset)).toBe(false);
  });

  it("a skipped row is still checked for its occupation level; an interest profile missing a scale is named", async () => {
    const { message } = await refuse((downloads) => {
      downloads.oews[2] = oewsRow("11-0000", "Management Occupations", "group", 11132700, 60.83, [60130, 82970, 126520, 176280, 257310]);
      downloads.interests = downloads.interests.filter((line) => !line.startsWith("11-1011.00\t1.B.1.d"));
    });
    expect(message).toContain('national_M2025_dl.xlsx, sheet "national_M2025_dl", row 3, column K (O_GROUP): "group" is not an occupation level');
    expect(message).toContain('Interests.txt, row 11, column Element Name: 11-1011.00 has no "Social" (OI) row');
  });

  it("lists the first 20 problems and counts the rest", async () => {
    const { problems, message } = await refuse((downloads) => {
      downloads.gpts.push(...Array.from({ length: 25 }, (_, index) => `99-${String(index).padStart(4, "0")},Made Up,0.1,x,0.3,0,0,0`));
    });
    expect(problems).toHaveLength(50);
    const lines = message.split("\n");
    expect(lines[0]).toMatch(/^The downloads in .+ have 50 problems; nothing was written\.$/);
    expect(lines.slice(1, 21).every((line) => line.startsWith("occ_level.csv, row "))).toBe(true);
    expect(lines[21]).toBe("… and 30 more");
    expect(lines).toHaveLength(22);
  });

  it("a release the import has not seen asks for its publication month", async () => {
    const { message } = await refuse((downloads) => {
      downloads.oewsSheet = "national_M2026_dl";
      downloads.oewsFile = "national_M2026_dl.xlsx";
    });
    expect(message).toContain('national_M2026_dl.xlsx, sheet "national_M2026_dl": OEWS May 2026 is a release the import has not seen: add its publication month');
    expect(message).toContain("lib/dataset/import/releases.ts");
  });
});

describe("the change report and the after-write hook", () => {
  it("counts figures changed, occupations added and removed per file, and gives the hook the old and new dataset", async () => {
    const dataset = path.join(tempDir("content"), "national");
    await runImport({ from: await writeDownloads(), to: dataset });
    const newer = await writeDownloads((downloads) => {
      // Chief executives: median and p90 change (2 figures); actors go; a new occupation comes.
      downloads.oews[4] = oewsRow("11-1011", "Chief Executives", "detailed", 204350, 102.88, [75700, 129540, 220000, 356200, 520000]);
      downloads.oews = downloads.oews.filter((row) => row[8] !== "27-2011");
      downloads.oews.push(oewsRow("15-1252", "Software Developers", "detailed", 1693800, 65.37, [79850, 103970, 135980, 172480, 211450]));
      downloads.gpts[1] = downloads.gpts[1].replace("Chief Sustainability Officers", "Chief Sustainability Officers and Directors");
    });
    const calls: Array<{ before: string; after: string }> = [];
    const report = await runImport({
      from: newer,
      to: dataset,
      onWritten: (beforeDir, afterDir) => {
        if (!beforeDir) throw new Error("expected a copy of the previous dataset");
        const median = (dir: string) => read(dir, datasetFiles.oews.file).split("\n")[1].split(",")[5];
        calls.push({ before: median(beforeDir), after: median(afterDir) });
        return ["Chief Executives: AI-Augmented → AI-Resilient"];
      },
    });
    expect(report.summary).toEqual([
      "oews-national.csv: 2 figures changed, 1 occupation added, 1 removed",
      "employment-projections.csv: unchanged",
      "gpts-exposure.csv: 0 figures changed, 1 title changed, 0 occupations added, 0 removed",
      "onet-interests.csv: unchanged",
    ]);
    expect(calls).toEqual([{ before: "213990", after: "220000" }]);
    expect(report.afterWrite).toEqual(["Chief Executives: AI-Augmented → AI-Resilient"]);
    expect(report.written).toEqual(["oews-national.csv", "gpts-exposure.csv", "manifest.json"]);

    let called = false;
    const unchanged = await runImport({ from: newer, to: dataset, onWritten: () => ((called = true), []) });
    expect(unchanged.written).toEqual([]);
    expect(called).toBe(false);
  });
});

// Each test starts the command in a new process (tsx compiling the script): seconds on a loaded machine.
describe("npm run data:import", { timeout: 30_000 }, () => {
  const command: string = JSON.parse(read(root, "package.json")).scripts["data:import"];
  function run(args: string[], contentDir: string) {
    const [program, ...programArgs] = command.split(" ");
    const result = spawnSync(path.join(root, "node_modules/.bin", program), [...programArgs, ...args], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it("prints the usage and exits 1 without a folder", () => {
    const { status, stderr } = run([], tempDir("content"));
    expect(status).toBe(1);
    expect(stderr).toContain("Usage: npm run data:import -- <folder>");
  });

  it("writes $CONTENT_DIR/national and prints what changed; exits 1 on a refusal", async () => {
    const content = tempDir("content");
    const ok = run([await writeDownloads()], content);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("oews-national.csv: new, 5 occupations");
    expect(read(path.join(content, "national"), datasetFiles.oews.file)).toBe(oewsExpected);

    const bad = await writeDownloads((downloads) => {
      downloads.gpts[2] = downloads.gpts[2].replace("11-1011.00", "11-1011");
    });
    const refused = run([bad], content);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('occ_level.csv, row 3, column O*NET-SOC Code: "11-1011" is not an O*NET-SOC code');
  });
});
