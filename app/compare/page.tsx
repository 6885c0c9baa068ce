import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AddCareerForm } from "@/components/compare/add-career-form";
import { CompareTable } from "@/components/compare/compare-table";
import { PrintFooter } from "@/components/print-footer";
import type { RawParams } from "@/lib/browse/query";
import { findCareerSlugs, getCareers } from "@/lib/catalog";
import { pickStarters } from "@/lib/catalog/stats";
import { compareHref, parseComparison, suggestedAdditions } from "@/lib/compare/compare";
import { comparisonDescription, comparisonImage } from "@/lib/compare/summary";
import { pageMetadata } from "@/lib/sharing/metadata";
import { absoluteUrl, siteConfig } from "@/lib/site/site";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { careers } = parseComparison(await searchParams, getCareers());
  const path = compareHref(careers.map((career) => career.slug));
  // One career is not yet a comparison: it keeps the site's generic preview.
  if (careers.length < 2) {
    const title = careers.length === 1 ? `Compare ${careers[0].title}` : "Compare careers";
    return pageMetadata({ title, description: "Careers side by side: AI resilience, pay, growth, education, time split and credentials.", path });
  }
  const title = `Compare ${careers.map((career) => career.title).join(" vs ")}`;
  return pageMetadata({ title, description: comparisonDescription(careers), path, image: comparisonImage(careers) });
}

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  const all = getCareers();
  const { careers, unknown, dropped, already } = parseComparison(params, all, findCareerSlugs);
  // An "add" from the form becomes the canonical, shareable URL, unless the page has something to say about it.
  if (Object.hasOwn(params, "add") && unknown.length + dropped.length + already.length === 0) redirect(compareHref(careers.map((career) => career.slug)));
  const suggestions = careers.length > 0 ? suggestedAdditions(careers, all) : pickStarters(all, siteConfig.featured, 6);
  return (
    <div className="wrap page">
      <h1>Compare careers</h1>
      <p className="lede screen-only">Put two to four careers side by side. The address of this page is a link you can share.</p>
      {(unknown.length > 0 || dropped.length > 0 || already.length > 0) && (
        <div className="notice screen-only" role="status">
          {unknown.length > 0 && (
            <p>
              We found no career matching {unknown.map((slug) => `“${slug}”`).join(", ")}
              {careers.length > 0 ? "; the others are compared below." : "."}
            </p>
          )}
          {dropped.length > 0 && <p>At most 4 careers fit side by side; left out: {dropped.join(", ")}.</p>}
          {already.length > 0 && <p>{already.join(", ")} {already.length === 1 ? "is" : "are"} already in the comparison.</p>}
        </div>
      )}
      {careers.length >= 2 ? (
        <CompareTable careers={careers} />
      ) : (
        <p>
          {careers.length === 1 ? (
            <>
              Add at least one more career to compare with <Link href={`/careers/${careers[0].slug}`}>{careers[0].title}</Link>{" "}
              (<Link href="/compare">remove<span className="visually-hidden"> {careers[0].title}</span></Link>).
            </>
          ) : (
            "Choose at least two careers to compare."
          )}
        </p>
      )}
      <AddCareerForm current={careers} suggestions={suggestions} />
      <PrintFooter url={absoluteUrl(compareHref(careers.map((career) => career.slug)))} />
    </div>
  );
}
