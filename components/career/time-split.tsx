import type { TimeSplitEntry } from "@/lib/content/schema";

/** A bar per activity (HTML/CSS, no script). The visible labels and percents are the text equivalent. */
export function TimeSplit({ entries }: { entries: TimeSplitEntry[] }) {
  return (
    <figure className="bar-chart">
      <figcaption>Share of a typical work week, by activity</figcaption>
      <ul className="bar-chart__rows">
        {entries.map((entry) => (
          <li key={entry.activity} className="bar-chart__row">
            <div className="bar-chart__label">
              <span className="bar-chart__name">{entry.activity}</span>
              <span className="bar-chart__value">{entry.percent}%</span>
            </div>
            <div className="bar-chart__track" aria-hidden="true">
              <div className="bar-chart__bar" style={{ width: `${entry.percent}%` }} />
            </div>
            {entry.detail && <p className="bar-chart__detail">{entry.detail}</p>}
          </li>
        ))}
      </ul>
    </figure>
  );
}
