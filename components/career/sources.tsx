import { ExternalLink } from "@/components/external-link";
import type { Occupation } from "@/lib/catalog";
import { nationalSourceLinks } from "@/lib/catalog/national-sources";
import { formatDate } from "@/lib/site/format";
import { editProfileUrl, suggestCorrectionUrl } from "@/lib/site/site";
import { occupationCitation } from "./occupation-citation";

/** The agencies' pages for the code first, then the profile's own sources (a link both list is shown once). */
export function Sources({ occupation }: { occupation: Occupation }) {
  const national = nationalSourceLinks(occupation.figures);
  const seen = new Set(national.map((link) => link.url));
  const own = occupation.kind === "profile" ? (occupation.sources ?? []).filter((source) => !seen.has(source.url) && Boolean(seen.add(source.url))) : [];
  return (
    <>
      <ul className="source-list">
        {[...national, ...own].map((source) => (
          <li key={source.url}>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>
          </li>
        ))}
      </ul>
      {occupation.kind === "profile" && (
        <>
          <p className="fine-print">
            Profile last reviewed <time dateTime={occupation.updated}>{formatDate(occupation.updated)}</time>.
          </p>
          <p className="profile-edit">
            <ExternalLink href={editProfileUrl(occupation.slug)}>Edit this profile</ExternalLink>
            <ExternalLink href={suggestCorrectionUrl(occupation.title, occupation.slug)}>Suggest a correction</ExternalLink>
          </p>
        </>
      )}
      {/* On paper the citation closes the page (OccupationPrintFooter). */}
      <p className="citation screen-only">
        <strong>Cite this page:</strong> {occupationCitation(occupation)}
      </p>
    </>
  );
}
