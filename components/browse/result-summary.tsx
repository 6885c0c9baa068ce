import Link from "next/link";
import { browseHref, describeFilters, type BrowseQuery } from "@/lib/browse/query";
import { formatCareerCount, formatList } from "@/lib/site/format";

/**
 * "N careers", the active search and filters each with a way to remove it, any ignored parameters,
 * and which words of the search matched only with a close spelling (so "waiter" showing careers
 * about water does not pass for a match).
 */
export function ResultSummary({ query, total, closeSpellings = [] }: { query: BrowseQuery; total: number; closeSpellings?: string[] }) {
  const filters = describeFilters(query);
  return (
    <div className="result-summary">
      {query.notes.length > 0 && (
        <div className="notice" role="status">
          {query.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      <p className="result-count" role="status">
        <strong>{formatCareerCount(total)}</strong>
        {query.q && <> matching “{query.q}”</>}
      </p>
      {total > 0 && closeSpellings.length > 0 && (
        <p className="close-spellings">
          Nothing matches {formatList(closeSpellings.map((word) => `“${word}”`))} as typed: these careers match a similar spelling.
        </p>
      )}
      {(filters.length > 0 || query.q) && (
        <ul className="active-filters" aria-label="Active search and filters">
          {query.q && (
            <li>
              <Link href={browseHref(query, { q: "", page: 1 })}>Search: {query.q} <span aria-hidden="true">×</span><span className="visually-hidden"> (remove)</span></Link>
            </li>
          )}
          {filters.map((filter) => (
            <li key={filter.key}>
              <Link href={browseHref(query, { [filter.key]: undefined, page: 1 })}>
                {filter.label} <span aria-hidden="true">×</span><span className="visually-hidden"> (remove)</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
