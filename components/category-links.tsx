import Link from "next/link";
import { browseHref } from "@/lib/browse/query";
import type { Career } from "@/lib/catalog";
import { countByCategory } from "@/lib/catalog/stats";
import { categoryLabel } from "@/lib/content/taxonomy";

/** Every category that has careers, as a link to its list, with how many it holds. */
export function CategoryLinks({ careers }: { careers: readonly Career[] }) {
  return (
    <ul className="category-list">
      {countByCategory(careers).map(({ id, count }) => (
        <li key={id}>
          <Link href={browseHref({ category: id })}>{categoryLabel(id)}</Link> <span className="muted">({count})</span>
        </li>
      ))}
    </ul>
  );
}
