import type { Metadata } from "next";
import Link from "next/link";
import { CareerList } from "@/components/career-list";
import { CareerSearch } from "@/components/career-search";
import { CategoryLinks } from "@/components/category-links";
import { TierDistribution } from "@/components/home/tier-distribution";
import { getCareers } from "@/lib/catalog";
import { countByTier, pickStarters } from "@/lib/catalog/stats";
import { siteMetadata } from "@/lib/sharing/metadata";
import { siteConfig } from "@/lib/site/site";

export const metadata: Metadata = {
  ...siteMetadata(),
  title: { absolute: `${siteConfig.name}: understand a job before you choose it` },
};

export default function HomePage() {
  const careers = getCareers();
  return (
    <div className="wrap page home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Understand a job before you choose it</h1>
        <p className="lede">{siteConfig.description}</p>
        <CareerSearch id="home-q" label={`Search ${careers.length} careers`} className="hero__search" />
        <p className="hero__fit">
          Not sure what to search for? <Link href="/fit">Find careers that fit your interests</Link>: 30 quick questions, or
          pick the kind of work that sounds like you.
        </p>
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading" className="section-title">Start with one of these</h2>
        <CareerList careers={pickStarters(careers, siteConfig.featured, 6)} headingLevel={3} />
      </section>

      <div className="home__columns">
        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading" className="section-title">Browse by category</h2>
          <CategoryLinks careers={careers} />
        </section>
        <section aria-labelledby="tiers-heading">
          <h2 id="tiers-heading" className="section-title">How exposed to AI?</h2>
          <TierDistribution counts={countByTier(careers)} />
          <p>
            Each profile scores AI task exposure, job growth and the human skills the work relies on.{" "}
            <Link href="/methodology">How we score AI resilience</Link>.
          </p>
        </section>
      </div>
    </div>
  );
}
