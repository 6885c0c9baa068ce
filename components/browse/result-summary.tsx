import Link from "next/link";
import { browseHref, describeFilters, type BrowseQuery } from "@/lib/browse-query";

/** "N careers", the active search and filters each with a way to remove it, and any ignored parameters. */
export function ResultSummary({ query, total }: { query: BrowseQuery; total: number }) {
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
        <strong>{total === 1 ? "1 career" : `${total.toLocaleString("en-US")} careers`}</strong>
        {query.q && <> matching “{query.q}”</>}
      </p>
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
