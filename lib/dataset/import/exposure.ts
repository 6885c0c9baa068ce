/**
 * "GPTs are GPTs" occupation-level scores (`occ_level.csv` of the authors' repository): per O*NET-SOC
 * code, `dv_rating_beta`, the GPT-4-rated β (E1 + ½·E2) as a share of the occupation's tasks, 0–1.
 * Written as the shortest decimal that reads back as the number in the file; the site turns it into
 * a percent per SOC code (lib/dataset/exposure.ts).
 */
import type { Row } from "../files";
import type { ImportProblem } from "./problems";
import { dataRows, findColumns, readDelimited, type ColumnSpec } from "./sheet";
import { sortUnique, type SourceReader } from "./source";
import { isNumberText, onetCodePattern, shortestDecimal } from "./values";

const columns = {
  code: { name: "O*NET-SOC Code" },
  title: { name: "Title" },
  beta: { name: "dv_rating_beta" },
} satisfies Record<string, ColumnSpec>;

export const exposureSource: SourceReader<"exposure"> = {
  id: "exposure",
  download: /^(gpts-)?occ_level\.csv$/i,
  expected: { file: "occ_level.csv", from: '"GPTs are GPTs" occupation-level data: data/occ_level.csv of https://github.com/openai/GPTs-are-GPTs' },
  async read(file) {
    const table = readDelimited(file, ",");
    if ("problem" in table) return { rows: [], problems: [table.problem] };
    const found = findColumns(table, columns, 1);
    if ("problems" in found) return { rows: [], problems: found.problems };

    const problems: ImportProblem[] = [];
    const entries = [];
    for (const reader of dataRows(table, found)) {
      const code = reader.get("code")?.trim() ?? "";
      if (!onetCodePattern.test(code)) problems.push(reader.problem("code", `"${code}" is not an O*NET-SOC code (NN-NNNN.NN)`));
      const title = reader.get("title")?.trim() ?? "";
      if (title === "") problems.push(reader.problem("title", "the occupation has no title"));
      const text = reader.get("beta")?.trim() ?? "";
      let beta = text;
      if (!isNumberText(text)) {
        problems.push(reader.problem("beta", text === "" ? "the cell is empty: expected a share of tasks from 0 to 1" : `"${text}" is not a number`));
      } else if (Number(text) < 0 || Number(text) > 1) {
        problems.push(reader.problem("beta", `${text} is not a share of tasks (0 to 1)`));
      } else {
        beta = shortestDecimal(text);
      }
      const row: Row<"exposure"> = { onet_code: code, title, beta };
      entries.push({ code, row, at: reader.row, duplicate: (first: number) => reader.problem("code", `${code} is also on row ${first}`) });
    }
    const sorted = sortUnique(entries);
    problems.push(...sorted.problems);
    return {
      rows: sorted.rows,
      problems,
      description: {
        title: "GPTs are GPTs: occupation-level exposure to large language models (β)",
        publisher: "Eloundou, Manning, Mishkin and Rock, Science 384 (2024)",
        release: "2024",
        published: "2024-06",
        license: "MIT License (the authors' data repository)",
        url: "https://github.com/openai/GPTs-are-GPTs",
      },
    };
  },
};
