import Link from "next/link";
import type { Career } from "@/lib/catalog";
import { compareHref } from "@/lib/compare/compare";
import { CareerBreadcrumb } from "./breadcrumb";
import { QuickFacts } from "./quick-facts";
import { ShareLink } from "./share-link";

export function CareerHeader({ career, url }: { career: Career; url: string }) {
  return (
    <header id="overview" className="career-header">
      <div className="career-header__text">
        <CareerBreadcrumb category={career.category} />
        <h1>{career.title}</h1>
        <p className="career-header__summary">{career.summary}</p>
        {career.aliases && career.aliases.length > 0 && (
          <p className="career-header__aliases">
            <span className="label">Also known as:</span> {career.aliases.join(" · ")}
          </p>
        )}
        <p className="career-header__actions">
          <Link href={compareHref([career.slug])}>Compare with…</Link>
          <ShareLink url={url} title={career.title} />
        </p>
      </div>
      <QuickFacts occupation={career} />
    </header>
  );
}
