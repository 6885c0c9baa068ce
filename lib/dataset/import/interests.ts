/**
 * O*NET `Interests.txt` (tab-separated, one row per code, element and scale): per O*NET-SOC code the
 * six occupational interest scores (scale OI, 1–7) and the three interest high-points (scale IH:
 * 1 = Realistic … 6 = Conventional, 0 = none), written as O*NET publishes them ("7.00", "5.00").
 */
import type { Row } from "../files";
import type { ImportProblem } from "./problems";
import { dataRows, findColumns, readDelimited, type ColumnSpec, type RowReader } from "./sheet";
import { sortUnique, type SourceReader } from "./source";
import { isNumberText, onetCodePattern } from "./values";

const columns = {
  code: { name: "O*NET-SOC Code" },
  element: { name: "Element Name" },
  scale: { name: "Scale ID" },
  value: { name: "Data Value" },
  date: { name: "Date" },
} satisfies Record<string, ColumnSpec>;
type Key = keyof typeof columns;
type Field = Exclude<keyof Row<"interests">, "onet_code">;

const elements: Record<string, Record<string, Field>> = {
  OI: { Realistic: "realistic", Investigative: "investigative", Artistic: "artistic", Social: "social", Enterprising: "enterprising", Conventional: "conventional" },
  IH: { "First Interest High-Point": "high_point_1", "Second Interest High-Point": "high_point_2", "Third Interest High-Point": "high_point_3" },
};
const fields: Field[] = Object.values(elements).flatMap((byName) => Object.values(byName));
const elementOf = Object.fromEntries(Object.entries(elements).flatMap(([scale, byName]) => Object.entries(byName).map(([name, field]) => [field, `"${name}" (${scale})`]))) as Record<Field, string>;

/**
 * The O*NET database release that last updated a file, from the newest data date in it (the file
 * names no release). O*NET publishes quarterly: N.0 in August, N.1 in November, N.2 in February and
 * N.3 in May, where N.0 is the August of year 1995 + N (30.0 in August 2025, 30.2 in February 2026).
 * Data dated between releases belongs to the next one.
 */
export function onetRelease(year: number, month: number): { release: string; published: string } {
  const releaseMonth = [2, 5, 8, 11].find((candidate) => candidate >= month) ?? 2;
  const releaseYear = releaseMonth < month ? year + 1 : year;
  const major = releaseMonth >= 8 ? releaseYear - 1995 : releaseYear - 1996;
  const minor = { 8: 0, 11: 1, 2: 2, 5: 3 }[releaseMonth as 2 | 5 | 8 | 11];
  return { release: `${major}.${minor}`, published: `${releaseYear}-${String(releaseMonth).padStart(2, "0")}` };
}

function checkValue(scale: string, text: string): string | undefined {
  if (!isNumberText(text)) return text === "" ? "the cell is empty: expected a number" : `"${text}" is not a number`;
  const value = Number(text);
  if (scale === "OI" && (value < 1 || value > 7)) return `${text} is outside the interest scale (1 to 7)`;
  if (scale === "IH" && (!Number.isInteger(value) || value < 0 || value > 6)) return `${text} is not an interest high-point (0 = none, 1 to 6 = Realistic to Conventional)`;
  return undefined;
}

export const interestsSource: SourceReader<"interests"> = {
  id: "interests",
  download: /^Interests\.txt$/i,
  expected: { file: "Interests.txt", from: "O*NET database, text files, from https://www.onetcenter.org/database.html" },
  async read(file) {
    const table = readDelimited(file, "\t");
    if ("problem" in table) return { rows: [], problems: [table.problem] };
    const found = findColumns(table, columns, 1);
    if ("problems" in found) return { rows: [], problems: found.problems };

    const problems: ImportProblem[] = [];
    /** Per code, in file order: its first row (for messages) and the values found so far. */
    const byCode = new Map<string, { reader: RowReader<Key>; values: Partial<Record<Field, { text: string; row: number }>> }>();
    let newest: { year: number; month: number } | undefined;
    for (const reader of dataRows(table, found)) {
      const scale = reader.get("scale")?.trim() ?? "";
      if (!(scale in elements)) continue;
      const code = reader.get("code")?.trim() ?? "";
      if (!onetCodePattern.test(code)) {
        problems.push(reader.problem("code", `"${code}" is not an O*NET-SOC code (NN-NNNN.NN)`));
        continue;
      }
      const name = reader.get("element")?.trim() ?? "";
      const field = elements[scale][name];
      if (field === undefined) {
        problems.push(reader.problem("element", `"${name}" is not an element of scale ${scale} (expected one of: ${Object.keys(elements[scale]).join(", ")})`));
        continue;
      }
      const text = reader.get("value")?.trim() ?? "";
      const wrong = checkValue(scale, text);
      if (wrong) problems.push(reader.problem("value", wrong));

      const date = /^(\d{2})\/(\d{4})$/.exec(reader.get("date")?.trim() ?? "");
      if (!date) problems.push(reader.problem("date", `"${reader.get("date") ?? ""}" is not a date as O*NET writes them (MM/YYYY)`));
      else if (!newest || Number(date[2]) * 12 + Number(date[1]) > newest.year * 12 + newest.month) newest = { year: Number(date[2]), month: Number(date[1]) };

      const entry = byCode.get(code) ?? { reader, values: {} };
      byCode.set(code, entry);
      const earlier = entry.values[field];
      if (earlier) problems.push(reader.problem("element", `${code} has "${name}" (${scale}) twice: also on row ${earlier.row}`));
      else entry.values[field] = { text, row: reader.row };
    }

    const entries = [];
    for (const [code, { reader, values }] of byCode) {
      const missing = fields.filter((field) => values[field] === undefined);
      if (missing.length > 0) {
        problems.push(reader.problem("element", `${code} has no ${missing.map((field) => elementOf[field]).join(", ")} row`));
        continue;
      }
      const value = (field: Field) => values[field]?.text ?? "";
      const row: Row<"interests"> = {
        onet_code: code,
        realistic: value("realistic"),
        investigative: value("investigative"),
        artistic: value("artistic"),
        social: value("social"),
        enterprising: value("enterprising"),
        conventional: value("conventional"),
        high_point_1: value("high_point_1"),
        high_point_2: value("high_point_2"),
        high_point_3: value("high_point_3"),
      };
      entries.push({ code, row, at: reader.row, duplicate: () => reader.problem("code", `${code} twice`) });
    }
    const sorted = sortUnique(entries);
    problems.push(...sorted.problems);

    if (!newest) return { rows: sorted.rows, problems };
    const { release, published } = onetRelease(newest.year, newest.month);
    return {
      rows: sorted.rows,
      problems,
      description: {
        title: "O*NET Database: Interests (occupational interest profiles, RIASEC)",
        publisher: "National Center for O*NET Development, for the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
        release,
        published,
        license: "CC BY 4.0",
        url: "https://www.onetcenter.org/database.html",
        credit: `This page includes information from the O*NET ${release} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.`,
      },
    };
  },
};
