/**
 * BLS Employment Projections (`occupation.xlsx`, sheet "Table 1.2"): one row per "Line item"
 * occupation; the "Summary" rows (groups and the total) and the footnotes are left out. The table is
 * in thousands: employment and openings are written as whole jobs (the published one decimal moved
 * three places, so exact to the nearest 100), the percent change as published with one decimal, and
 * the education, experience and training categories as BLS words them. "—" (not available) is
 * written as an empty cell.
 */
import path from "node:path";
import type { Row } from "../files";
import type { ImportProblem } from "./problems";
import { projectionsPublished, unknownRelease } from "./releases";
import { dataRows, findColumns, readWorkbook, type ColumnSpec, type RowReader, type Table } from "./sheet";
import { sortUnique, type SourceReader } from "./source";
import { isNumberText, publishedDecimal, socCodePattern, thousandsToWhole } from "./values";

export const projectionsSheet = "Table 1.2";
const notAvailable = "—";
const codeColumn: ColumnSpec = { name: "<year> National Employment Matrix code", match: /^\d{4} National Employment Matrix code$/i };
const employmentColumn = /^Employment, (\d{4})$/i;

/** The columns, with the base and projected years as the header row names them. */
function columnsFor(base: string, projected: string) {
  return {
    code: codeColumn,
    title: { name: "<year> National Employment Matrix title", match: /^\d{4} National Employment Matrix title$/i },
    type: { name: "Occupation type" },
    base: { name: `Employment, ${base}` },
    projected: { name: `Employment, ${projected}` },
    percent: { name: "Employment change, percent, <years>", match: /^Employment change, percent, \d{4}[–-]\d{2}$/i },
    openings: { name: "Occupational openings, <years> annual average", match: /^Occupational openings, \d{4}[–-]\d{2} annual average$/i },
    education: { name: "Typical education needed for entry" },
    experience: { name: "Work experience in a related occupation" },
    training: { name: "Typical on-the-job training needed to attain competency in the occupation" },
  } satisfies Record<string, ColumnSpec>;
}
type Key = keyof ReturnType<typeof columnsFor>;

/** The two "Employment, YYYY" headers of the header row: base and projected year. */
function projectionYears(table: Table): { base: string; projected: string } {
  const header = findColumns(table, { code: codeColumn });
  const cells = "problems" in header ? [] : table.rows[header.headerRow];
  const years = cells.flatMap((cell) => employmentColumn.exec(cell?.trim() ?? "")?.[1] ?? []).sort();
  return { base: years[0] ?? "<base year>", projected: years[1] ?? "<projected year>" };
}

function figure(reader: RowReader<Key>, key: Key, write: (text: string) => string, problems: ImportProblem[]): string {
  const text = reader.get(key)?.trim() ?? "";
  if (text === notAvailable) return "";
  if (isNumberText(text)) return write(text);
  problems.push(reader.problem(key, text === "" ? `the cell is empty: expected a number or "${notAvailable}"` : `"${text}" is neither a number nor the BLS marker "${notAvailable}"`));
  return text;
}

const category = (reader: RowReader<Key>, key: Key) => {
  const text = reader.get(key)?.trim() ?? "";
  return text === notAvailable ? "" : text;
};

export const projectionsSource: SourceReader<"projections"> = {
  id: "projections",
  download: /^occupation(-\d{4}-\d{2})?\.xlsx$/i,
  expected: { file: "occupation.xlsx", from: "BLS Employment Projections, Tables 1.1–1.12, from https://www.bls.gov/emp/tables.htm" },
  async read(file) {
    const workbook = await readWorkbook(file);
    if ("problem" in workbook) return { rows: [], problems: [workbook.problem] };
    const name = path.basename(file);
    const sheet = workbook.sheets.get(projectionsSheet);
    if (sheet === undefined) {
      const detail = `no sheet "${projectionsSheet}", the occupational projections (the workbook has: ${[...workbook.sheets.keys()].join(", ")})`;
      return { rows: [], problems: [{ file: name, sheet: projectionsSheet, detail }] };
    }
    const table: Table = { file: name, sheet: projectionsSheet, rows: sheet, letters: true };
    const { base, projected } = projectionYears(table);
    const found = findColumns(table, columnsFor(base, projected));
    if ("problems" in found) return { rows: [], problems: found.problems };

    const problems: ImportProblem[] = [];
    const inThousands = table.rows.slice(0, found.headerRow).some((row) => row.some((cell) => /employment in thousands/i.test(cell ?? "")));
    if (!inThousands) {
      problems.push({ file: name, sheet: projectionsSheet, row: 1, detail: 'the title no longer says "(Employment in thousands)": check the units before importing' });
    }
    const entries = [];
    for (const reader of dataRows(table, found)) {
      const type = reader.get("type")?.trim() ?? "";
      const code = reader.get("code")?.trim() ?? "";
      if (type === "Summary" || (type === "" && code === "")) continue;
      if (type !== "Line item") {
        problems.push(reader.problem("type", `"${type}" is neither "Line item" nor "Summary"`));
        continue;
      }
      if (!socCodePattern.test(code)) problems.push(reader.problem("code", `"${code}" is not a SOC code (NN-NNNN)`));
      const title = reader.get("title")?.trim() ?? "";
      if (title === "") problems.push(reader.problem("title", "the occupation has no title"));
      const row: Row<"projections"> = {
        soc_code: code,
        title,
        employment_base: figure(reader, "base", thousandsToWhole, problems),
        employment_projected: figure(reader, "projected", thousandsToWhole, problems),
        percent_change: figure(reader, "percent", (text) => publishedDecimal(text, 1), problems),
        annual_openings: figure(reader, "openings", thousandsToWhole, problems),
        entry_education: category(reader, "education"),
        work_experience: category(reader, "experience"),
        on_the_job_training: category(reader, "training"),
      };
      entries.push({ code, row, at: reader.row, duplicate: (first: number) => reader.problem("code", `${code} is also on row ${first}`) });
    }
    const sorted = sortUnique(entries);
    problems.push(...sorted.problems);

    const release = `${base}–${projected.slice(2)}`;
    const published = projectionsPublished[release];
    if (published === undefined) problems.push({ file: name, sheet: projectionsSheet, detail: unknownRelease("Employment Projections", release, "projectionsPublished") });
    return {
      rows: sorted.rows,
      problems,
      description:
        published === undefined
          ? undefined
          : {
              title: "Employment Projections: occupational projections and worker characteristics (Table 1.2)",
              publisher: "U.S. Bureau of Labor Statistics",
              release,
              published,
              license: "Public domain (U.S. government work)",
              url: "https://www.bls.gov/emp/tables.htm",
            },
    };
  },
};
