import type { Occupation } from "@/lib/catalog";
import { getNationalDataset } from "@/lib/catalog";
import { whereToLookNext } from "@/lib/next-steps/finders";
import { pageCitation } from "@/lib/sharing/citation";
import { formatDate } from "@/lib/site/format";
import { absoluteUrl, siteConfig } from "@/lib/site/site";

/** The "Cite this page" line of a profile or figures-only page: the same words on screen and on paper. */
export function occupationCitation(occupation: Occupation): string {
  return pageCitation({
    title: occupation.title,
    site: siteConfig.name,
    url: absoluteUrl(`/careers/${occupation.slug}`),
    manifest: getNationalDataset().manifest,
    updated: occupation.kind === "profile" ? formatDate(occupation.updated) : undefined,
  });
}

/**
 * The printed page's last lines, in place of the usual footer: where to look next, in words a student
 * can type (the form is not printed), and the citation, which carries the address and the date.
 */
export function OccupationPrintFooter({ occupation }: { occupation: Occupation }) {
  return (
    <footer className="print-footer">
      {/* One paragraph: two would leave a part-empty line, and some profiles fill two pages to the line. */}
      <p>
        Where to look next: {whereToLookNext(occupation)}. Cite this page: {occupationCitation(occupation)}
      </p>
    </footer>
  );
}
