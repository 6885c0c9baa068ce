import Link from "next/link";
import { CategoryLinks } from "@/components/category-links";
import { browseHref, describeFilters, type BrowseQuery } from "@/lib/browse/query";
import type { Career } from "@/lib/catalog";

/**
 * When nothing matches: say so, and offer the changes most likely to help. After a search, the
 * categories too: a vague search ("outdoors", "kids") finds no words, but a category may fit.
 */
export function EmptyState({ query, careers }: { query: BrowseQuery; careers: readonly Career[] }) {
  const filters = describeFilters(query);
  return (
    <div className="empty-state">
      <h2>No careers match</h2>
      <p>Try one of these:</p>
      <ul>
        {query.q && filters.length > 0 && (
          <li>
            <Link href={browseHref({ q: query.q })}>Search “{query.q}” without filters</Link>
          </li>
        )}
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link href={browseHref(query, { [filter.key]: undefined, page: 1 })}>Remove “{filter.label}”</Link>
          </li>
        ))}
        {query.q && <li>Check the spelling, or use a shorter or more general word (“nurse” rather than “nursing supervisor”).</li>}
        <li>
          <Link href="/careers">See all careers</Link>
        </li>
      </ul>
      {query.q && (
        <>
          <p>Or browse a category:</p>
          <CategoryLinks careers={careers} />
        </>
      )}
    </div>
  );
}
