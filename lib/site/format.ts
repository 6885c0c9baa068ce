/** Display formatting of figures, shared by every page. */

const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const upToOneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export function formatMoney(amount: number): string {
  return dollars.format(amount);
}

const cents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An hourly wage: `$21.97`. */
export function formatHourly(amount: number): string {
  return cents.format(amount);
}

export function formatCount(count: number): string {
  return whole.format(count);
}

export function formatPercent(percent: number): string {
  return `${upToOneDecimal.format(percent)}%`;
}

/** `+13%`, `0%`, `−4%` (a true minus sign). */
export function formatGrowth(percent: number): string {
  const value = upToOneDecimal.format(Math.abs(percent));
  if (percent > 0) return `+${value}%`;
  return percent < 0 ? `\u2212${value}%` : `${value}%`;
}

export function formatRange(min: number, max: number, unit: string): string {
  const singular = unit.replace(/s$/, "");
  if (min === max) return `${upToOneDecimal.format(min)} ${min === 1 ? singular : unit}`;
  return `${upToOneDecimal.format(min)}\u2013${upToOneDecimal.format(max)} ${unit}`;
}

/** "$61,400–$194,580", or what is published of it ("from $61,400; 90th not published"). */
export function formatSalaryRange(p10: number | null | undefined, p90: number | null | undefined): string {
  p10 ??= undefined;
  p90 ??= undefined;
  if (p10 !== undefined && p90 !== undefined) return `${formatMoney(p10)}–${formatMoney(p90)}`;
  if (p10 !== undefined) return `from ${formatMoney(p10)}; 90th not published`;
  if (p90 !== undefined) return `up to ${formatMoney(p90)}; 10th not published`;
  return "Not published";
}

/** Today's date where the code runs, `YYYY-MM-DD`: the editor's for a new profile, the server's for a printout. */
export function localDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

const conjunction = new Intl.ListFormat("en-US", { type: "conjunction" });

/** "1 career", "5,000 careers". */
export function formatCareerCount(total: number): string {
  return total === 1 ? "1 career" : `${total.toLocaleString("en-US")} careers`;
}

/** `["2021", "2023"]` → `2021 and 2023`; three or more get commas. */
export function formatList(items: readonly string[]): string {
  return conjunction.format(items);
}
