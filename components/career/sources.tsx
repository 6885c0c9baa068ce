import { ExternalLink } from "@/components/external-link";
import type { Career } from "@/lib/catalog";
import { formatDate } from "@/lib/site/format";
import { editProfileUrl, suggestCorrectionUrl } from "@/lib/site/site";

export function Sources({ career }: { career: Career }) {
  return (
    <>
      {career.sources && career.sources.length > 0 && (
        <ul className="source-list">
          {career.sources.map((source) => (
            <li key={source.url}>
              <ExternalLink href={source.url}>{source.title}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
      <p className="fine-print">
        Figures last checked <time dateTime={career.updated}>{formatDate(career.updated)}</time>.
      </p>
      <p className="profile-edit">
        <ExternalLink href={editProfileUrl(career.slug)}>Edit this profile</ExternalLink>
        <ExternalLink href={suggestCorrectionUrl(career.title, career.slug)}>Suggest a correction</ExternalLink>
      </p>
    </>
  );
}
