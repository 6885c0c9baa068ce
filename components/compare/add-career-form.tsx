import type { Career } from "@/lib/careers";
import { maxCompared } from "@/lib/compare";

/** Adds a career with a plain GET form: the current selection travels in a hidden field. */
export function AddCareerForm({ current, all }: { current: Career[]; all: Array<Pick<Career, "slug" | "title">> }) {
  if (current.length >= maxCompared) return <p className="muted">You are comparing the most careers at once ({maxCompared}). Remove one to add another.</p>;
  const chosen = new Set(current.map((career) => career.slug));
  return (
    <form className="add-career" method="get" action="/compare">
      <input type="hidden" name="careers" value={current.map((career) => career.slug).join(",")} />
      <label htmlFor="add-career">Add a career</label>
      <div className="search-row">
        <select id="add-career" name="add" required defaultValue="">
          <option value="" disabled>Choose a career…</option>
          {all.filter((career) => !chosen.has(career.slug)).map((career) => (
            <option key={career.slug} value={career.slug}>{career.title}</option>
          ))}
        </select>
        <button type="submit" className="button">Add</button>
      </div>
    </form>
  );
}
