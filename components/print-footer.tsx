/** The last line of a printout: where the page lives and a date, so a handout says what it is. Hidden on screen. */
export function PrintFooter({ url, dated }: { url: string; dated: string }) {
  return (
    <footer className="print-footer">
      <p>
        {url} · {dated}
      </p>
    </footer>
  );
}
