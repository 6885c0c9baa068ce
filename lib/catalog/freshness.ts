/** When figures count as old: the check warns editors, and the profile tells readers. */
export const staleAfterYears = 3;

/** Whether figures from `year` are more than `staleAfterYears` years old on `today`. */
export function isStale(year: number, today: Date = new Date()): boolean {
  return year < today.getFullYear() - staleAfterYears;
}
