import { describe, expect, it } from "vitest";
import { formatSalaryRange, localDate } from "@/lib/site/format";

describe("formatting", () => {
  it("writes a salary range, or what is published of it", () => {
    expect(formatSalaryRange(61400, 194580)).toBe("$61,400–$194,580");
    expect(formatSalaryRange(61400, undefined)).toBe("from $61,400; 90th not published");
    expect(formatSalaryRange(undefined, 90000)).toBe("up to $90,000; 10th not published");
    expect(formatSalaryRange(undefined, undefined)).toBe("Not published");
  });

  it("writes the local date as YYYY-MM-DD", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
