import type { ReactNode } from "react";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import type { Career } from "@/lib/catalog";
import { profileSections } from "@/lib/site/profile-sections";
import { AiResilience } from "./ai-resilience";
import { CareerHeader } from "./career-header";
import { Certifications } from "./certifications";
import { Education } from "./education";
import { NextSteps } from "./next-steps";
import { OccupationPrintFooter } from "./occupation-citation";
import { Outlook } from "./outlook";
import { ProfileLayout } from "./profile-layout";
import { RelatedCareers } from "./related-careers";
import { Salary } from "./salary";
import { Skills } from "./skills";
import { Sources } from "./sources";
import { TimeSplit } from "./time-split";
import { Video } from "./video";

function sectionBody(id: string, career: Career, related: Career[]): ReactNode {
  switch (id) {
    case "ai-resilience":
      return <AiResilience career={career} />;
    case "responsibilities":
      return (
        <ul className="duties">
          {career.duties.map((duty) => (
            <li key={duty}>{duty}</li>
          ))}
        </ul>
      );
    case "time-split":
      return <TimeSplit entries={career.timeSplit} />;
    case "inside":
      return <div className="prose" dangerouslySetInnerHTML={{ __html: career.html }} />;
    case "salary":
      return <Salary occupation={career} />;
    case "education":
      return <Education figures={career.figures} education={career.education} />;
    case "certifications":
      return <Certifications certifications={career.certifications ?? []} />;
    case "outlook":
      return <Outlook occupation={career} />;
    case "skills":
      return <Skills skills={career.skills} abilities={career.abilities} />;
    case "video":
      return career.video && <Video video={career.video} title={career.title} />;
    case "related":
      return <RelatedCareers careers={related} />;
    case "start":
      return <NextSteps occupation={career} />;
    case "sources":
      return <Sources occupation={career} />;
    default:
      return null;
  }
}

export function CareerProfile({ career, related, url }: { career: Career; related: Career[]; url: string }) {
  const sections = profileSections(career, related.length);
  return (
    <article className="profile wrap">
      {career.draft && (
        <p className="draft-banner" role="note">
          <strong>Draft.</strong> This profile is not published: it shows only in development. Delete <code>draft: true</code> when it is ready.
        </p>
      )}
      <CareerHeader career={career} url={url} />
      <ProfileLayout sections={sections} body={(id) => sectionBody(id, career, related)} />
      <FeedbackForm career={career.slug} />
      <OccupationPrintFooter occupation={career} />
    </article>
  );
}
