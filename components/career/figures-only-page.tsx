import Link from "next/link";
import type { ReactNode } from "react";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { browseHref } from "@/lib/browse/query";
import type { FiguresOnly } from "@/lib/catalog";
import { categoryLabel } from "@/lib/content/taxonomy";
import { exposureRuleText } from "@/lib/dataset/exposure";
import { formatPercent } from "@/lib/site/format";
import { figuresOnlySections } from "@/lib/site/profile-sections";
import { Education } from "./education";
import { NextSteps } from "./next-steps";
import { OccupationPrintFooter } from "./occupation-citation";
import { Outlook } from "./outlook";
import { CareerBreadcrumb } from "./breadcrumb";
import { ProfileLayout } from "./profile-layout";
import { QuickFacts } from "./quick-facts";
import { Salary } from "./salary";
import { Sources } from "./sources";

/** AI task exposure without a score: the score needs the human-advantage (EPOCH) rating a profile gives. */
function Exposure({ occupation }: { occupation: FiguresOnly }) {
  const { exposure } = occupation;
  return (
    <>
      {exposure ? (
        <p>
          <strong>{formatPercent(exposure.percent)}</strong> of this occupation’s tasks can be done at least twice as fast with a large
          language model or software built on one, at the same quality (β of “GPTs are GPTs”
          {exposureRuleText(exposure) ? `; for this code, ${exposureRuleText(exposure)}` : ""}). That is a measure of exposure, not a
          probability of losing the job.
        </p>
      ) : (
        <p>The study we take AI task exposure from (“GPTs are GPTs”) rated no tasks of this occupation, so no exposure figure is available.</p>
      )}
      <p>
        No AI resilience score yet: the score also weighs how much the work relies on human strengths (our EPOCH rating), which is written
        with a full profile. <Link href="/methodology">How we score AI resilience</Link>
      </p>
    </>
  );
}


/** The page of an occupation without a profile: its national figures, and a plain word that the profile is not written yet. */
export function FiguresOnlyPage({ occupation }: { occupation: FiguresOnly }) {
  const body: Record<string, ReactNode> = {
    "not-written": (
      <p>
        A full profile of this occupation has not been written yet: what the work is like day to day, how the week splits, how people get
        in and its AI resilience score. The figures below are the national statistics for SOC code {occupation.socCode}.{" "}
        <Link href={browseHref({ category: occupation.category })}>Profiles in {categoryLabel(occupation.category)}</Link>
      </p>
    ),
    salary: <Salary occupation={occupation} />,
    education: <Education figures={occupation.figures} />,
    outlook: <Outlook occupation={occupation} />,
    "ai-exposure": <Exposure occupation={occupation} />,
    start: <NextSteps occupation={occupation} />,
    sources: <Sources occupation={occupation} />,
  };
  return (
    <article className="profile wrap">
      <header id="overview" className="career-header">
        <div className="career-header__text">
          <CareerBreadcrumb category={occupation.category} />
          <h1>{occupation.title}</h1>
          <p className="career-header__summary">
            <span className="figures-only-tag">Figures only</span> National pay, outlook and training figures for this occupation; a full profile is not written yet.
          </p>
        </div>
        <QuickFacts occupation={occupation} />
      </header>
      <ProfileLayout sections={figuresOnlySections} body={(id) => body[id]} />
      <FeedbackForm career={occupation.slug} />
      <OccupationPrintFooter occupation={occupation} />
    </article>
  );
}
