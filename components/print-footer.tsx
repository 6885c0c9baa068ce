import { formatDate, localDate } from "@/lib/site/format";

/**
 * The last line of a printout: where the page lives and a date, so a handout says what it is. Hidden
 * on screen. A profile gives its `updated` date; a list or a comparison, which changes with the
 * catalog, says the day it was printed.
 */
export function PrintFooter({ url, updated }: { url: string; updated?: string }) {
  return (
    <footer className="print-footer">
      <p>
        {url} · {updated ? `Updated ${formatDate(updated)}` : `Printed ${formatDate(localDate())}`}
      </p>
    </footer>
  );
}
