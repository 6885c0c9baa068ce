import Link from "next/link";
import { categoryLabel, type CategoryId } from "@/lib/content/taxonomy";

/** Careers › the occupation's category, above a profile's or an occupation's title. */
export function CareerBreadcrumb({ category }: { category: CategoryId }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        <li>
          <Link href="/careers">Careers</Link>
        </li>
        <li>{categoryLabel(category)}</li>
      </ol>
    </nav>
  );
}
