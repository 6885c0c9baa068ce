import Link from "next/link";
import type { Career } from "@/lib/catalog";
import { compareHref, maxCompared } from "@/lib/compare/compare";

/**
 * Adds a career with a plain GET form: type a title (the best match is added) or pick a
 * suggestion. The current selection travels in a hidden field, so the page stays small however
 * large the catalog is.
 */
export function AddCareerForm({ current, suggestions }: { current: Career[]; suggestions: Career[] }) {
  if (current.length >= maxCompared) return <p className="muted screen-only">You are comparing the most careers at once ({maxCompared}). Remove one to add another.</p>;
  const slugs = current.map((career) => career.slug);
  return (
    <section className="add-career" aria-labelledby="add-career-heading">
      <h2 id="add-career-heading" className="section-title">Add a career</h2>
      <form method="get" action="/compare">
        <input type="hidden" name="careers" value={slugs.join(",")} />
        <label htmlFor="add-career">Job title</label>
        <div className="search-row">
          <input id="add-career" type="search" name="add" required maxLength={100} placeholder="e.g. nurse, welder, CMA" />
          <button type="submit" className="button">Add</button>
        </div>
      </form>
      {suggestions.length > 0 && (
        <>
          <p className="add-career__hint">{current.length > 0 ? "Or add a related career:" : "Or start with one of these:"}</p>
          <ul className="add-career__suggestions">
            {suggestions.map((career) => (
              <li key={career.slug}>
                <Link href={compareHref([...slugs, career.slug])}>
                  <span className="visually-hidden">Add </span>
                  {career.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
