import Link from "next/link";
import { browseHref, type BrowseQuery } from "@/lib/browse/query";

/** Previous/next and nearby page numbers, as plain links. */
export function Pagination({ query, page, pageCount }: { query: BrowseQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const nearby = Array.from({ length: pageCount }, (_, index) => index + 1).filter(
    (n) => n === 1 || n === pageCount || Math.abs(n - page) <= 2,
  );
  return (
    <nav className="pagination" aria-label="Pagination">
      <ul>
        {page > 1 && (
          <li>
            <Link href={browseHref(query, { page: page - 1 })} rel="prev">Previous</Link>
          </li>
        )}
        {nearby.map((n, index) => (
          <li key={n}>
            {index > 0 && n - nearby[index - 1] > 1 && <span aria-hidden="true">… </span>}
            {n === page ? (
              <span aria-current="page">Page {n}</span>
            ) : (
              <Link href={browseHref(query, { page: n })} aria-label={`Page ${n}`}>{n}</Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={browseHref(query, { page: page + 1 })} rel="next">Next</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
