/**
 * Problems found in an agency's download, located the way an editor finds them: the file, the sheet
 * (workbooks), the row as the spreadsheet numbers it (1-based, header included) and the column by its
 * header, with the letter a spreadsheet shows for workbooks.
 */
import { groupDigits } from "./values";

export type ImportProblem = {
  /** The download's file name. */
  file: string;
  sheet?: string;
  row?: number;
  /** The column's header (or the header the import expected). */
  column?: string;
  /** `A`, `B`, … `AA`: workbooks only. */
  letter?: string;
  detail: string;
};

/** Problems listed in a refusal; the rest are counted. A wrong layout would otherwise list every row. */
export const maxListedProblems = 20;

/** `A` for the first column, `Z`, `AA`, `AB`, … as spreadsheets name them. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `national_M2025_dl.xlsx, sheet "national_M2025_dl", row 12, column L (TOT_EMP): …` */
export function formatProblem(problem: ImportProblem): string {
  const where = [problem.file];
  if (problem.sheet !== undefined) where.push(`sheet "${problem.sheet}"`);
  if (problem.row !== undefined) where.push(`row ${problem.row}`);
  if (problem.column !== undefined) where.push(problem.letter ? `column ${problem.letter} (${problem.column})` : `column ${problem.column}`);
  return `${where.join(", ")}: ${problem.detail}`;
}

/** One line per problem, at most `maxListedProblems`, then "… and N more". */
export function formatProblems(problems: readonly ImportProblem[]): string {
  const listed = problems.slice(0, maxListedProblems).map(formatProblem);
  const more = problems.length - listed.length;
  return more > 0 ? [...listed, `… and ${groupDigits(more)} more`].join("\n") : listed.join("\n");
}

/** The import refused its input: nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly from: string, readonly problems: readonly ImportProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${groupDigits(problems.length)} problems`;
    super(`The downloads in ${from} have ${count}; nothing was written.\n${formatProblems(problems)}`);
    this.name = "ImportRefused";
  }
}
