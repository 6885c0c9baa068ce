import { describe, expect, it } from "vitest";
import { cleanQueryText, clipText, shorten } from "@/lib/browse/query-text";

describe("query text as a page shows it", () => {
  it("cuts by characters, never inside a surrogate pair", () => {
    expect(clipText("a😀b", 2)).toBe("a😀");
    expect(clipText("abc", 5)).toBe("abc");
    expect(shorten("😀".repeat(41), 40)).toBe(`${"😀".repeat(40)}…`);
    expect(shorten("short", 40)).toBe("short");
  });

  it("drops bidi controls, turns control characters into spaces, collapses and trims", () => {
    expect(cleanQueryText("\u202Eevil\u202C \u2066x\u2069", 100)).toBe("evil x");
    expect(cleanQueryText(" a\u0000b\tc\r\n\u001Bd ", 100)).toBe("a b c d");
    expect(cleanQueryText(" ".repeat(300), 200)).toBe("");
    // Arabic or Hebrew text itself is kept: only the invisible controls go.
    expect(cleanQueryText("ممرضة", 100)).toBe("ممرضة");
  });
});
