import { describeFilters, isDefaultSort, scopeLabels, scopes, sortKeys, sortLabels, type BrowseQuery } from "@/lib/browse/query";
import { tierOrder, tiers } from "@/lib/catalog/score";
import { categoryLabel, entryLevels, type CategoryId } from "@/lib/content/taxonomy";

const salaryFloors = [30000, 40000, 50000, 60000, 80000, 100000];

function Select({ name, label, value, hint, children }: { name: string; label: string; value?: string | number; hint?: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} aria-describedby={hint ? `filter-${name}-hint` : undefined}>
        {children}
      </select>
      {hint && (
        <p id={`filter-${name}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

type CategoryCount = { id: CategoryId; count: number };

/**
 * A plain GET form: every state is a URL, and it works with JavaScript turned off. The server
 * redirects a submission to its tidy URL (see lib/browse/url.ts). `categoryCounts` lists the
 * categories to offer, with how many careers each holds.
 *
 * The filters fold away (a <details>, no script) once a search, a filter or a sort order is
 * chosen, so on a phone the results follow the search box instead of seven selects; the summary
 * says how many are chosen, and the chips above the results remove them one by one. They are open
 * while browsing with nothing chosen.
 */
export function BrowseForm({ query, categoryCounts }: { query: BrowseQuery; categoryCounts: readonly CategoryCount[] }) {
  const chosen = describeFilters(query).length + (isDefaultSort(query) ? 0 : 1);
  return (
    <form className="browse-form" role="search" method="get" action="/careers" aria-label="Search and filter careers">
      <div className="field field--search">
        <label htmlFor="filter-q">Search careers</label>
        <div className="search-row">
          <input id="filter-q" type="search" name="q" defaultValue={query.q} maxLength={100} placeholder="Try nurse or welder" autoComplete="off" />
          <button type="submit" className="button">Search</button>
        </div>
      </div>
      <details className="filters-panel" open={!query.q && chosen === 0}>
        <summary>Filter and sort{chosen > 0 && ` (${chosen} chosen)`}</summary>
        <fieldset className="filters">
          <legend className="visually-hidden">Filters</legend>
          <Select name="category" label="Category" value={query.category}>
            <option value="">All categories</option>
            {categoryCounts.map(({ id, count }) => (
              <option key={id} value={id}>{categoryLabel(id)} ({count})</option>
            ))}
          </Select>
          <Select name="show" label="Show" value={query.show}>
            <option value="">Full profiles; a search covers every occupation</option>
            {scopes.map((scope) => (
              <option key={scope} value={scope}>{scopeLabels[scope]}</option>
            ))}
          </Select>
          <Select name="tier" label="AI resilience" value={query.tier} hint="Rated for full profiles only: figures-only occupations have no score yet.">
            <option value="">Any tier</option>
            {tierOrder.map((tier) => (
              <option key={tier} value={tier}>{tiers[tier].label} ({tiers[tier].range})</option>
            ))}
          </Select>
          <Select name="education" label="Education needed, at most" value={query.education}>
            <option value="">Any education</option>
            {Object.entries(entryLevels).map(([id, label]) => (
              <option key={id} value={id}>{label}</option>
            ))}
          </Select>
          <Select name="minSalary" label="Median salary, at least" value={query.minSalary}>
            <option value="">Any salary</option>
            {salaryFloors.map((floor) => (
              <option key={floor} value={floor}>${floor.toLocaleString("en-US")}</option>
            ))}
          </Select>
          <Select name="credential" label="License or certification" value={query.credential} hint="Known for full profiles only.">
            <option value="">Either</option>
            <option value="required">Required</option>
            <option value="not-required">Not required</option>
          </Select>
          {/* Without a search, best match means A–Z; keeping it selected lets a new search rank by relevance. */}
          <Select name="sort" label="Sort by" value={!query.q && query.sort === "title" ? "relevance" : query.sort}>
            {sortKeys.map((key) => (
              <option key={key} value={key}>{sortLabels[key]}</option>
            ))}
          </Select>
        </fieldset>
        <button type="submit" className="button button--secondary">Apply filters</button>
      </details>
    </form>
  );
}
