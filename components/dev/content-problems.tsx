import Link from "next/link";
import type { ContentError } from "@/lib/content/errors";

/**
 * Development only: why a profile cannot be shown, one problem per row with its line, column and
 * field, in place of the page. Save the file after fixing it and the page comes back.
 */
export function ContentProblems({ slug, problems }: { slug: string; problems: ContentError[] }) {
  const file = problems[0]?.file ?? `content/careers/${slug}.md`;
  return (
    <div className="wrap page content-problems">
      <p className="content-problems__tag">Development preview</p>
      <h1>This profile has {problems.length === 1 ? "a problem" : `${problems.length} problems`}</h1>
      <p className="lede">
        <code>{file}</code> is not published until these are fixed. The other pages keep working; this page updates when you save the file.
      </p>
      <table className="data-table content-problems__table">
        <caption className="visually-hidden">Problems in {file}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Field</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem) => (
            <tr key={`${problem.line}:${problem.column}:${problem.field}:${problem.detail}`}>
              <td>
                {problem.line}:{problem.column}
              </td>
              <td>
                <code>{problem.field}</code>
              </td>
              <td>{problem.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="fine-print">
        The same list is printed in the terminal and by <code>npm run content:check</code>. The editor&apos;s guide, <code>content/README.md</code>, explains each
        message. <Link href="/careers">Back to all careers</Link>
      </p>
    </div>
  );
}
