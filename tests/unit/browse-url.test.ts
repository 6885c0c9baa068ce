import { describe, expect, it } from "vitest";
import { parseBrowseQuery } from "@/lib/browse/query";
import { tidyBrowseSearch } from "@/lib/browse/url";

const tidy = (search: string) => tidyBrowseSearch(search);
const formSubmission = "q=&category=healthcare&tier=&education=&minSalary=&credential=&sort=relevance";

describe("the tidy /careers query string", () => {
  it("drops the empty fields and default values the filter form submits", () => {
    expect(tidy(formSubmission)).toBe("category=healthcare");
    expect(tidy("q=nurse&category=&tier=&education=&minSalary=&credential=&sort=relevance")).toBe("q=nurse");
    expect(tidy("q=&category=&tier=&education=&minSalary=&credential=&sort=relevance")).toBe("");
    expect(tidy("q")).toBe("");
  });

  it("passes on what the page does not read exactly as written", () => {
    expect(tidy("?q=&x=%FF&utm_source=mail%20list")).toBe("x=%FF&utm_source=mail%20list");
  });

  it("leaves alone a link with a parameter named like a built-in (Next's redirect garbles those)", () => {
    expect(tidy("toString=x&q=nurse&sort=relevance")).toBeUndefined();
    expect(tidy("__proto__=x&q=")).toBeUndefined();
  });

  it("keeps every value that changes the page, in the order given", () => {
    expect(tidy("q=nurse&tier=&sort=title&page=1")).toBe("q=nurse&sort=title");
    expect(tidy("q=&sort=salary&minSalary=40000&page=2")).toBe("sort=salary&minSalary=40000&page=2");
    expect(tidy("q=dental+assistant&credential=required&sort=relevance")).toBe("q=dental+assistant&credential=required");
  });

  it("drops the form's empty Show field and a Show choice that is the default, keeping a real choice", () => {
    // The form submits `show` too: before it was tidied, every submission kept `&show=`.
    expect(tidy("q=&category=healthcare&show=&tier=&education=&minSalary=&credential=&sort=relevance")).toBe("category=healthcare");
    expect(tidy("q=&show=all&sort=relevance")).toBe("show=all");
    expect(tidy("q=nurse&show=profiles&sort=relevance")).toBe("q=nurse&show=profiles");
    // A search covers every occupation, and the bare list shows profiles: choosing the default says nothing.
    expect(tidy("q=nurse&show=all")).toBe("q=nurse");
    expect(tidy("show=profiles")).toBe("");
    expect(tidy("show=all")).toBeUndefined();
    expect(tidy("show=everything")).toBeUndefined();
  });

  it("leaves a tidy query string alone, so the redirect can never loop", () => {
    for (const search of ["", "category=healthcare", "q=nurse&sort=title", "page=3", "utm_source=mail"]) {
      expect(tidy(search)).toBeUndefined();
    }
    const once = tidy(formSubmission);
    expect(once).toBeDefined();
    expect(tidy(once ?? "")).toBeUndefined();
  });

  it("keeps invalid values, so the page still says it ignored them", () => {
    const search = tidy("q=&category=wizardry&tier=&minSalary=lots&sort=relevance");
    expect(search).toBe("category=wizardry&minSalary=lots");
    expect(parseBrowseQuery(Object.fromEntries(new URLSearchParams(search)))).toMatchObject({
      notes: ['Ignored minimum salary "lots": use a whole number of dollars.', 'Ignored category "wizardry": not one we know.'],
    });
  });

  it("keeps parameters the page does not read, and repeated values with their notice", () => {
    expect(tidy("utm_source=mail&q=&category=legal")).toBe("utm_source=mail&category=legal");
    // An empty field says nothing: the search is "nurse" either way.
    expect(tidy("q=&q=nurse&tier=")).toBe("q=nurse");
    expect(tidy("q=nurse&q=welder&tier=")).toBe("q=nurse&q=welder");
    expect(tidy("q=nurse&q=nurse")).toBe("q=nurse");
  });

  it("leaves a query string far longer than the form's alone rather than work through it", () => {
    expect(tidy("page=2&".repeat(900))).toBeUndefined();
  });
});
