import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AddCareerForm } from "@/components/compare/add-career-form";
import { CompareTable } from "@/components/compare/compare-table";
import type { RawParams } from "@/lib/browse-query";
import { findCareerSlugs, getCareers } from "@/lib/careers";
import { pickStarters } from "@/lib/catalog-stats";
import { compareHref, parseComparison, suggestedAdditions } from "@/lib/compare";
import { pageMetadata } from "@/lib/metadata";
import { siteConfig } from "@/lib/site";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { careers } = parseComparison(await searchParams, getCareers());
  const names = careers.map((career) => career.title).join(" vs ");
  return pageMetadata({
    title: names ? `Compare ${names}` : "Compare careers",
    description: "Careers side by side: AI resilience, pay, growth, education, time split and credentials.",
    path: compareHref(careers.map((career) => career.slug)),
  });
}

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  const all = getCareers();
  const { careers, unknown, dropped } = parseComparison(params, all, findCareerSlugs);
  // An "add" from the form becomes the canonical, shareable URL.
  if (Object.hasOwn(params, "add") && unknown.length === 0) redirect(compareHref(careers.map((career) => career.slug)));
  const suggestions = careers.length > 0 ? suggestedAdditions(careers, all) : pickStarters(all, siteConfig.featured, 6);
  return (
    <div className="wrap page">
      <h1>Compare careers</h1>
      <p className="lede">Put two to four careers side by side. The address of this page is a link you can share.</p>
      {(unknown.length > 0 || dropped.length > 0) && (
        <div className="notice" role="status">
          {unknown.length > 0 && (
            <p>
              We found no career matching {unknown.map((slug) => `“${slug}”`).join(", ")}
              {careers.length > 0 ? "; the others are compared below." : "."}
            </p>
          )}
          {dropped.length > 0 && <p>At most 4 careers fit side by side; left out: {dropped.join(", ")}.</p>}
        </div>
      )}
      {careers.length >= 2 ? (
        <CompareTable careers={careers} />
      ) : (
        <p>{careers.length === 1 ? `Add at least one more career to compare with ${careers[0].title}.` : "Choose at least two careers to compare."}</p>
      )}
      <AddCareerForm current={careers} suggestions={suggestions} />
    </div>
  );
}
