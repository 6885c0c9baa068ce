import type { FinderOccupation } from "@/lib/next-steps/finders";
import { FinderForm } from "./finder-form";

/** "Start this career": the Department of Labor's finders for the occupation (on paper, a line in the footer instead: occupation-citation.tsx). */
export function NextSteps({ occupation }: { occupation: FinderOccupation }) {
  return (
    <>
      <p className="screen-only">
        The U.S. Department of Labor’s free finders list job openings, local training programs, apprenticeships, licenses by state and
        certifications. The CareerOneStop links search for “{occupation.title}”; add a place to search near you.
      </p>
      <FinderForm title={occupation.title} socCode={occupation.socCode} />
    </>
  );
}
