import { describe, expect, it } from "vitest";
import { isStale } from "@/lib/catalog/freshness";

describe("figures count as old", () => {
  it("when they are more than three years old", () => {
    const today = new Date(2026, 10, 24);
    expect(isStale(2022, today)).toBe(true);
    expect(isStale(2023, today)).toBe(false);
    expect(isStale(2026, today)).toBe(false);
  });
});
