/**
 * Reads a download into rows of cell text with their spreadsheet positions, and finds its columns by
 * header. Numbers stay the text the file stores (`309.39999999999998`, not a rounded float), so the
 * source modules decide how each figure is written. Row `i` of a table is spreadsheet row `i + 1`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { columnLetter, type ImportProblem } from "./problems";

export type Cell = string | null;

export type Table = {
  file: string;
  /** Workbooks only: the sheet read. */
  sheet?: string;
  rows: Cell[][];
  /** Workbooks show column letters; a CSV or tab-separated text file does not. */
  letters: boolean;
};

/** Text of a cell as the import reads it: numbers as stored, booleans as spreadsheets show them. */
function cellText(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value);
  return text === "" ? null : text;
}

/**
 * All sheets of a workbook, numbers as their stored text. One pass over the file; the caller picks
 * the sheet so a missing one can be reported with the sheets there are.
 */
export async function readWorkbook(file: string): Promise<{ sheets: Map<string, Cell[][]> } | { problem: ImportProblem }> {
  const name = path.basename(file);
  try {
    const sheets = await readXlsxFile<string>(file, { parseNumber: (text) => text });
    return { sheets: new Map(sheets.map((sheet) => [sheet.sheet, sheet.data.map((row) => row.map(cellText))])) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: { file: name, detail: `not a readable .xlsx workbook (${detail})` } };
  }
}

/** A CSV (`,`) or tab-separated (`\t`, no quoting, as O*NET writes them) text file. */
export function readDelimited(file: string, delimiter: "," | "\t"): Table | { problem: ImportProblem } {
  const name = path.basename(file);
  try {
    const rows: string[][] = parse(readFileSync(file, "utf8"), {
      bom: true,
      delimiter,
      quote: delimiter === "\t" ? false : '"',
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return { file: name, rows: rows.map((row) => row.map(cellText)), letters: false };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: { file: name, detail: `not readable as ${delimiter === "," ? "CSV" : "tab-separated text"} (${detail})` } };
  }
}

/** A column the import needs: `name` is what messages call it; `match` finds it when headers vary by release. */
export type ColumnSpec = { name: string; match?: RegExp };

const normalize = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

function matches(spec: ColumnSpec, header: Cell): boolean {
  if (header === null) return false;
  return spec.match ? spec.match.test(header.trim()) : normalize(header) === normalize(spec.name);
}

export type Columns<Key extends string> = { headerRow: number; index: Record<Key, number>; names: Record<Key, string> };

/**
 * The header row (the first of the top `searchRows` rows holding the first spec's column) and the
 * position of every spec's column in it. Each missing column is one problem naming it.
 */
export function findColumns<Key extends string>(
  table: Table,
  specs: Record<Key, ColumnSpec>,
  searchRows = 10,
): Columns<Key> | { problems: ImportProblem[] } {
  const keys = Object.keys(specs) as Key[];
  const first = specs[keys[0]];
  const headerRow = table.rows.slice(0, searchRows).findIndex((row) => row.some((cell) => matches(first, cell)));
  const at = { file: table.file, sheet: table.sheet };
  if (headerRow === -1) {
    return { problems: [{ ...at, column: first.name, detail: `no header row with the column "${first.name}" in the first ${searchRows} rows: is this the agency's file in its published layout?` }] };
  }
  const header = table.rows[headerRow];
  const index = {} as Record<Key, number>;
  const names = {} as Record<Key, string>;
  const problems: ImportProblem[] = [];
  for (const key of keys) {
    const found = header.findIndex((cell) => matches(specs[key], cell));
    if (found === -1) {
      const present = header.filter((cell): cell is string => cell !== null).join(", ");
      problems.push({ ...at, row: headerRow + 1, column: specs[key].name, detail: `the column "${specs[key].name}" is missing (the header row has: ${present})` });
    } else {
      index[key] = found;
      names[key] = header[found] ?? specs[key].name;
    }
  }
  return problems.length > 0 ? { problems } : { headerRow, index, names };
}

/** Reads the cells of one row by column key, and locates problems in it. */
export type RowReader<Key extends string> = {
  /** Spreadsheet row number (1-based, header included). */
  row: number;
  get: (key: Key) => Cell;
  problem: (key: Key, detail: string) => ImportProblem;
};

/** The data rows after the header, each with a reader; blank rows are left out. */
export function dataRows<Key extends string>(table: Table, columns: Columns<Key>): RowReader<Key>[] {
  const readers: RowReader<Key>[] = [];
  for (let index = columns.headerRow + 1; index < table.rows.length; index++) {
    const cells = table.rows[index];
    if (cells.every((cell) => cell === null)) continue;
    const row = index + 1;
    readers.push({
      row,
      get: (key) => cells[columns.index[key]] ?? null,
      problem: (key, detail) => ({
        file: table.file,
        sheet: table.sheet,
        row,
        column: columns.names[key],
        letter: table.letters ? columnLetter(columns.index[key]) : undefined,
        detail,
      }),
    });
  }
  return readers;
}
