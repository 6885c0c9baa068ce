import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { BrowseForm } from "@/components/browse/browse-form";
import { EmptyState } from "@/components/browse/empty-state";
import { Pagination } from "@/components/browse/pagination";
import { ResultSummary } from "@/components/browse/result-summary";
import { CareerList } from "@/components/career-list";
import { PrintFooter } from "@/components/print-footer";
import { browseCareers } from "@/lib/browse/browse";
import { browseHref, effectiveScope, parseBrowseHref, parseBrowseQuery, type RawParams } from "@/lib/browse/query";
import { browseDescription, browseTitle } from "@/lib/browse/summary";
import { getCareers, getOccupations, getSearchIndex } from "@/lib/catalog";
import { countByCategory } from "@/lib/catalog/stats";
import { categoryDescription } from "@/lib/content/categories";
import { pageMetadata } from "@/lib/sharing/metadata";
import { absoluteUrl } from "@/lib/site/site";
import { categoryLabel } from "@/lib/content/taxonomy";

type Props = { searchParams: Promise<RawParams> };

/** One search per request: the metadata (whose canonical names the page really shown) and the page share it. */
const browseOnce = cache((href: string) => browseCareers(getOccupations(), getSearchIndex(), parseBrowseHref(href)));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseBrowseQuery(await searchParams);
  const result = browseOnce(browseHref(query));
  return pageMetadata({
    title: browseTitle(query, result.page),
    description: browseDescription(query, result, query.category && categoryDescription(query.category)),
    path: browseHref(query, { page: result.page }),
  });
}

export default async function CareersPage({ searchParams }: Props) {
  const query = parseBrowseQuery(await searchParams);
  const result = browseOnce(browseHref(query));
  const heading = query.category ? `${categoryLabel(query.category)} careers` : "Find a career";
  return (
    <div className="wrap page">
      <h1>{heading}</h1>
      <p className="lede">
        {(query.category && categoryDescription(query.category)) ??
          "Search every U.S. occupation by job title, other names, certifications or skills, and narrow down by what matters to you."}
      </p>
      <p className="fit-prompt">
        Don&apos;t know the job title? <Link href="/fit">Find careers that fit your interests</Link>, your training and the pay you need.
      </p>
      <BrowseForm query={query} categoryCounts={countByCategory(effectiveScope(query) === "all" ? getOccupations() : getCareers(), query.category)} />
      <ResultSummary query={query} result={result} />
      {result.total === 0 ? <EmptyState query={query} careers={getCareers()} /> : <CareerList careers={result.careers} />}
      <Pagination query={query} page={result.page} pageCount={result.pageCount} />
      <PrintFooter url={absoluteUrl(browseHref(query, { page: result.page }))} />
    </div>
  );
}
