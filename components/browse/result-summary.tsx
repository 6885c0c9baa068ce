import Link from "next/link";
import type { BrowseResult } from "@/lib/browse/browse";
import { browseHref, describeFilters, type BrowseQuery } from "@/lib/browse/query";
import { categoryLabel } from "@/lib/content/taxonomy";
import { formatCareerCount, formatList } from "@/lib/site/format";

type Props = {
  query: BrowseQuery;
  result: Pick<BrowseResult, "total" | "closeSpellings" | "mentionsOnly" | "nearTitles" | "nearCategories">;
};

/**
 * "N careers", the active search and filters each with a way to remove it, any ignored parameters,
 * and which words of the search matched only with a close spelling (so "waiter" showing careers
 * about water does not pass for a match). A search no career is called says so plainly, and offers
 * the closest categories and the occupations whose title is spelled close to it, instead of
 * calling careers that only mention its words matches.
 */
export function ResultSummary({ query, result }: Props) {
  const { total, closeSpellings, mentionsOnly, nearTitles, nearCategories } = result;
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
        {mentionsOnly ? (
          <>
            No career is called “{query.q}”: <strong>{formatCareerCount(total)}</strong> only {total === 1 ? "mentions" : "mention"} it
          </>
        ) : (
          <>
            <strong>{formatCareerCount(total)}</strong>
            {query.q && <> matching “{query.q}”</>}
          </>
        )}
      </p>
      {query.q && (nearTitles.length > 0 || nearCategories.length > 0) && (
        <div className="near-matches">
          {nearTitles.length > 0 && (
            <p>
              Occupations with a similar title:{" "}
              {nearTitles.map((occupation, index) => (
                <span key={occupation.slug}>
                  {index > 0 && ", "}
                  <Link href={`/careers/${occupation.slug}`}>{occupation.title}</Link>
                </span>
              ))}{" "}
              (figures only).
            </p>
          )}
          {nearCategories.length > 0 && (
            <p>
              Closest categories:{" "}
              {nearCategories.map((id, index) => (
                <span key={id}>
                  {index > 0 && ", "}
                  <Link href={browseHref({ category: id })}>{categoryLabel(id)}</Link>
                </span>
              ))}
              .
            </p>
          )}
        </div>
      )}
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
