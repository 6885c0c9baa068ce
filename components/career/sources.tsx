import { ExternalLink } from "@/components/external-link";
import type { Career } from "@/lib/careers";
import { formatDate } from "@/lib/format";

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
    </>
  );
}
