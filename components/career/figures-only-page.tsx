import Link from "next/link";
import { PrintFooter } from "@/components/print-footer";
import { browseHref } from "@/lib/browse/query";
import type { FiguresOnly } from "@/lib/catalog";
import { categoryLabel } from "@/lib/content/taxonomy";
import { exposureRuleText } from "@/lib/dataset/exposure";
import { formatPercent } from "@/lib/site/format";
import { Education } from "./education";
import { Outlook } from "./outlook";
import { ProfileSection } from "./profile-section";
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

const sections = [
  { id: "not-written", title: "About this page" },
  { id: "salary", title: "Salary and career progression" },
  { id: "education", title: "Education and training" },
  { id: "outlook", title: "Job outlook" },
  { id: "ai-exposure", title: "AI task exposure" },
  { id: "sources", title: "Sources" },
] as const;

/** The page of an occupation without a profile: its national figures, and a plain word that the profile is not written yet. */
export function FiguresOnlyPage({ occupation, url }: { occupation: FiguresOnly; url: string }) {
  const body = {
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
    sources: <Sources occupation={occupation} />,
  };
  return (
    <article className="profile wrap">
      <header id="overview" className="career-header">
        <div className="career-header__text">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              <li>
                <Link href="/careers">Careers</Link>
              </li>
              <li>{categoryLabel(occupation.category)}</li>
            </ol>
          </nav>
          <h1>{occupation.title}</h1>
          <p className="career-header__summary">
            <span className="figures-only-tag">Figures only</span> National pay, outlook and training figures for this occupation; a full profile is not written yet.
          </p>
        </div>
        <QuickFacts occupation={occupation} />
      </header>
      <div className="profile__layout">
        <nav className="profile__toc" aria-label="On this page">
          <p className="profile__toc-title">On this page</p>
          <ol>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="profile__sections">
          {sections.map((section) => (
            <ProfileSection key={section.id} id={section.id} title={section.title}>
              {body[section.id]}
            </ProfileSection>
          ))}
        </div>
      </div>
      <PrintFooter url={url} />
    </article>
  );
}
