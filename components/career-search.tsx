/** The one-field career search (a plain GET form to /careers): on the home page and the 404 page. */
export function CareerSearch({ id, label, className }: { id: string; label: string; className?: string }) {
  return (
    <form className={className} role="search" method="get" action="/careers">
      <label htmlFor={id}>{label}</label>
      <div className="search-row">
        <input id={id} type="search" name="q" maxLength={100} placeholder="Try nurse or welder" />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
