/**
 * BLS OEWS national estimates (`national_M2025_dl.xlsx` from `oesm25nat.zip`): one row per detailed
 * occupation of the national, cross-industry, all-ownership estimates. The file also holds the total,
 * major, minor and broad groups, left out. Figures are written as BLS publishes them: whole jobs and
 * dollars, the hourly median with two decimals, and the markers `*` (wage not available), `#` (at or
 * above the top-coded wage) and `**` (employment not available) kept as they are.
 */
import path from "node:path";
import type { Row } from "../files";
import type { ImportProblem } from "./problems";
import { oewsPublished, unknownRelease } from "./releases";
import { dataRows, findColumns, readWorkbook, type ColumnSpec, type RowReader } from "./sheet";
import { sortUnique, type SourceReader } from "./source";
import { isNumberText, publishedDecimal, socCodePattern } from "./values";

const columns = {
  code: { name: "OCC_CODE" },
  title: { name: "OCC_TITLE" },
  areaType: { name: "AREA_TYPE" },
  industry: { name: "I_GROUP" },
  ownership: { name: "OWN_CODE" },
  group: { name: "O_GROUP" },
  employment: { name: "TOT_EMP" },
  p10: { name: "A_PCT10" },
  p25: { name: "A_PCT25" },
  median: { name: "A_MEDIAN" },
  p75: { name: "A_PCT75" },
  p90: { name: "A_PCT90" },
  hourlyMedian: { name: "H_MEDIAN" },
} satisfies Record<string, ColumnSpec>;
type Key = keyof typeof columns;

const dataSheet = /^national_M(\d{4})_dl$/i;
const occupationLevels = new Set(["total", "major", "minor", "broad", "detailed"]);
const wageMarkers = ["*", "#"];
const employmentMarkers = ["**"];

/** The figure as BLS publishes it, or a problem: a number, or one of the column's markers. */
function figure(reader: RowReader<Key>, key: Key, markers: readonly string[], decimals: number, problems: ImportProblem[]): string {
  const text = reader.get(key)?.trim() ?? "";
  if (markers.includes(text)) return text;
  if (isNumberText(text)) return publishedDecimal(text, decimals);
  const allowed = markers.map((marker) => `"${marker}"`).join(" or ");
  problems.push(reader.problem(key, text === "" ? `the cell is empty: expected a number or ${allowed}` : `"${text}" is neither a number nor the BLS marker ${allowed}`));
  return text;
}

export const oewsSource: SourceReader<"oews"> = {
  id: "oews",
  download: /^national_M\d{4}_dl\.xlsx$/i,
  expected: { file: "national_M<year>_dl.xlsx", from: "BLS OEWS national estimates, in oesm<yy>nat.zip from https://www.bls.gov/oes/tables.htm" },
  async read(file) {
    const workbook = await readWorkbook(file);
    if ("problem" in workbook) return { rows: [], problems: [workbook.problem] };
    const name = path.basename(file);
    const sheetName = [...workbook.sheets.keys()].find((sheet) => dataSheet.test(sheet));
    if (sheetName === undefined) {
      const detail = `no sheet named national_M<year>_dl, where BLS puts the estimates (the workbook has: ${[...workbook.sheets.keys()].join(", ")})`;
      return { rows: [], problems: [{ file: name, detail }] };
    }
    const table = { file: name, sheet: sheetName, rows: workbook.sheets.get(sheetName) ?? [], letters: true };
    const found = findColumns(table, columns, 1);
    if ("problems" in found) return { rows: [], problems: found.problems };

    const problems: ImportProblem[] = [];
    const entries = [];
    for (const reader of dataRows(table, found)) {
      const group = reader.get("group")?.trim().toLowerCase() ?? "";
      if (!occupationLevels.has(group)) {
        problems.push(reader.problem("group", `"${reader.get("group") ?? ""}" is not an occupation level BLS uses (total, major, minor, broad, detailed)`));
        continue;
      }
      const national = reader.get("areaType") === "1" && reader.get("industry")?.toLowerCase() === "cross-industry" && reader.get("ownership") === "1235";
      if (!national || group !== "detailed") continue;

      const code = reader.get("code")?.trim() ?? "";
      if (!socCodePattern.test(code)) problems.push(reader.problem("code", `"${code}" is not a SOC code (NN-NNNN)`));
      const title = reader.get("title")?.trim() ?? "";
      if (title === "") problems.push(reader.problem("title", "the occupation has no title"));
      const row: Row<"oews"> = {
        soc_code: code,
        title,
        employment: figure(reader, "employment", employmentMarkers, 0, problems),
        annual_p10: figure(reader, "p10", wageMarkers, 0, problems),
        annual_p25: figure(reader, "p25", wageMarkers, 0, problems),
        annual_median: figure(reader, "median", wageMarkers, 0, problems),
        annual_p75: figure(reader, "p75", wageMarkers, 0, problems),
        annual_p90: figure(reader, "p90", wageMarkers, 0, problems),
        hourly_median: figure(reader, "hourlyMedian", wageMarkers, 2, problems),
      };
      entries.push({ code, row, at: reader.row, duplicate: (first: number) => reader.problem("code", `${code} is also on row ${first}`) });
    }
    const sorted = sortUnique(entries);
    problems.push(...sorted.problems);

    const release = `May ${dataSheet.exec(sheetName)?.[1]}`;
    const published = oewsPublished[release];
    if (published === undefined) problems.push({ file: name, sheet: sheetName, detail: unknownRelease("OEWS", release, "oewsPublished") });
    return {
      rows: sorted.rows,
      problems,
      description: published === undefined ? undefined : {
        title: "Occupational Employment and Wage Statistics (OEWS), national",
        publisher: "U.S. Bureau of Labor Statistics",
        release,
        published,
        license: "Public domain (U.S. government work)",
        url: "https://www.bls.gov/oes/tables.htm",
      },
    };
  },
};
