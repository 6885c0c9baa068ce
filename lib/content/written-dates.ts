/**
 * The fix for a date written another way than the format's: `11/13/2026` → `2026-11-13`,
 * `1 November 2026` → `2026-11-01`. Used only in error messages.
 */
const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const monthName = (month: number) => months[month - 1].replace(/^./, (c) => c.toUpperCase());

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function monthNumber(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return lower.length >= 3 ? months.findIndex((name) => name.startsWith(lower)) + 1 : 0;
}

/** `: write 2026-11-01`, both readings when day and month could be either way round, or "" when unsure. */
export function dateFix(text: string): string {
  const value = text.trim();
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (parts) {
    const [year, month, day] = parts.slice(1).map(Number);
    return isRealDate(year, month, day) ? `: write ${iso(year, month, day)}` : "";
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (numeric) {
    const [first, second, year] = numeric.slice(1).map(Number);
    // Month first (US) or day first: when both make a real date, give both and let the editor choose.
    const orders = first === second ? [[first, second]] : [[first, second], [second, first]];
    const readings = orders.filter(([month, day]) => isRealDate(year, month, day));
    if (readings.length === 1) return `: write ${iso(year, readings[0][0], readings[0][1])}`;
    if (readings.length === 2) return `: write ${readings.map(([month, day]) => `${iso(year, month, day)} (${monthName(month)} ${day})`).join(" or ")}`;
    return "";
  }
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(value);
  const monthFirst = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(value);
  const [day, word, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  if (day === undefined || word === undefined || year === undefined) return "";
  const month = monthNumber(word);
  return month > 0 && isRealDate(Number(year), month, Number(day)) ? `: write ${iso(Number(year), month, Number(day))}` : "";
}
