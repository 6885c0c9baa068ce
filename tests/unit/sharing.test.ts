import { describe, expect, it } from "vitest";
import type { Career } from "@/lib/catalog/load";
import { pageMetadata } from "@/lib/sharing/metadata";
import { contentSecurityPolicy, mediaOrigins, securityHeaders } from "@/lib/site/security-headers";
import { absoluteUrl, siteOrigin } from "@/lib/site/site";
import { occupationJsonLd, serializeJsonLd } from "@/lib/sharing/structured-data";
import { fixtureCareer, fixtureOccupation } from "./fixture-catalog";

describe("the public origin setting", () => {
  it("defaults to localhost and keeps only the origin", () => {
    expect(siteOrigin(undefined)).toBe("http://localhost:3000");
    expect(siteOrigin("")).toBe("http://localhost:3000");
    expect(siteOrigin("https://careers.example.org")).toBe("https://careers.example.org");
    expect(siteOrigin("https://careers.example.org/")).toBe("https://careers.example.org");
  });

  it.each([
    ["careers.example.org", "must be an http:// or https:// URL"],
    ["ftp://example.org", "must be an http:// or https:// URL"],
    ["https://example.org/careers", "must be an origin only"],
    ["https://example.org/?a=1", "must be an origin only"],
    ["https://user:pw@example.org", "must be an origin only"],
  ])("rejects %s with a clear message", (value, message) => {
    expect(() => siteOrigin(value)).toThrow(`SITE_URL=${JSON.stringify(value)} ${message}`);
  });

  it("builds absolute URLs on the origin", () => {
    expect(absoluteUrl("/careers/x")).toMatch(/^https?:\/\/[^/]+\/careers\/x$/);
  });
});

describe("security headers", () => {
  it("allow only the site itself, plus the video hosts named in profiles", () => {
    const csp = contentSecurityPolicy({ mediaOrigins: ["https://cdn.careeronestop.org"] });
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("media-src 'self' https://cdn.careeronestop.org");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Forms lead to the site, or (by /go's redirect) to the Department of Labor's finders only.
    expect(csp).toContain("form-action 'self' https://www.careeronestop.org https://www.apprenticeship.gov;");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'");
    const names = securityHeaders({}).map((header) => header.key);
    expect(names).toEqual(expect.arrayContaining(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]));
  });

  it("add HSTS only for a site served over https, and never in development", () => {
    const hsts = (options: Parameters<typeof securityHeaders>[0]) => securityHeaders(options).find((header) => header.key === "Strict-Transport-Security")?.value;
    expect(hsts({ https: true })).toBe("max-age=63072000; includeSubDomains");
    expect(hsts({ https: false })).toBeUndefined();
    expect(hsts({ https: true, development: true })).toBeUndefined();
  });

  it("take media origins only from https URLs", () => {
    expect(mediaOrigins(["https://a.example/v.mp4", "http://b.example/v.mp4", "not a url", undefined, "https://a.example/w.mp4"])).toEqual(["https://a.example"]);
  });
});

describe("page metadata", () => {
  it("gives canonical, Open Graph and Twitter card with the image", () => {
    const metadata = pageMetadata({ title: "T", description: "D", path: "/careers/x", image: { url: "/og/careers/x", alt: "A" } });
    expect(metadata.alternates?.canonical).toBe("/careers/x");
    expect(metadata.openGraph).toMatchObject({ title: "T", description: "D", url: "/careers/x", siteName: "Workweek" });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
    expect(JSON.stringify(metadata.openGraph)).toContain('"width":1200');
  });
});

describe("Occupation JSON-LD", () => {
  const assistants = fixtureCareer("medical-assistants");
  const url = "https://example.org/careers/medical-assistants";
  /** Medical assistants as they would be on another occupation's figures. */
  const withFiguresOf = (slug: string): Career => ({ ...assistants, figures: fixtureOccupation(slug).figures });

  it("describes the occupation with SOC code, salary percentiles (OEWS May 2025), education, qualifications and skills", () => {
    const data = occupationJsonLd(assistants, url);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Occupation",
      name: "Medical Assistants",
      url,
      mainEntityOfPage: url,
      occupationalCategory: { "@type": "CategoryCode", codeValue: "31-9092", name: "Medical Assistants" },
      occupationLocation: { "@type": "Country", name: "United States" },
      educationRequirements: { "@type": "EducationalOccupationalCredential", credentialCategory: "Post-secondary certificate" },
      responsibilities: assistants.duties,
    });
    // BLS's "None" is no requirement: left out rather than stated.
    expect(data).not.toHaveProperty("experienceRequirements");
    expect(data.estimatedSalary).toEqual([
      {
        "@type": "MonetaryAmountDistribution", name: "base", currency: "USD", duration: "P1Y",
        median: 45690, percentile10: 36050, percentile25: 38470, percentile75: 49180, percentile90: 59310,
      },
    ]);
    expect(data.alternateName).toContain("Certified Medical Assistant (CMA)");
    expect(data.qualifications).toContainEqual({
      "@type": "EducationalOccupationalCredential",
      name: "Certified Medical Assistant",
      alternateName: "CMA",
      credentialCategory: "certification",
      recognizedBy: { "@type": "Organization", name: "American Association of Medical Assistants (AAMA)" },
    });
  });

  it("gives no estimated salary where the median is not published or there are no wages", () => {
    // Actors: every annual wage suppressed (`*`) in OEWS May 2025.
    const suppressed = occupationJsonLd(withFiguresOf("actors"), url);
    expect(suppressed).not.toHaveProperty("estimatedSalary");
    expect(suppressed).toMatchObject({ occupationalCategory: { name: "Actors" }, educationRequirements: { credentialCategory: "Some college, no degree" } });
    // Legislators: in Employment Projections, not in OEWS.
    const noWages = occupationJsonLd(withFiguresOf("legislators"), url);
    expect(noWages).not.toHaveProperty("estimatedSalary");
    expect(noWages).toMatchObject({ experienceRequirements: "Work experience in a related occupation: Less than 5 years" });
  });

  it("serialises to valid JSON that cannot close its script element", () => {
    const hostile = { name: "</script><script>alert(1)</script> & \u2028" };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe("edit and correction links", () => {
  it("point at the content repository setting, branch after #", async () => {
    const { contentRepository, editProfileUrl, suggestCorrectionUrl } = await import("@/lib/site/site");
    expect(contentRepository("https://github.com/acme/careers#live")).toEqual({ url: "https://github.com/acme/careers", branch: "live" });
    expect(contentRepository("https://github.com/acme/careers/")).toEqual({ url: "https://github.com/acme/careers", branch: "main" });
    expect(() => contentRepository("http://github.com/acme/careers")).toThrow("CONTENT_REPOSITORY_URL");
    expect(() => contentRepository("https://github.com/acme/careers#bad branch")).toThrow("CONTENT_REPOSITORY_URL");
    expect(editProfileUrl("medical-assistants")).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/main\/content\/careers\/medical-assistants\.md$/);
    const suggestion = new URL(suggestCorrectionUrl("Medical Assistants", "medical-assistants"));
    expect(suggestion.pathname).toMatch(/\/issues\/new$/);
    expect(suggestion.searchParams.get("title")).toBe("Correction: Medical Assistants");
    expect(suggestion.searchParams.get("body")).toContain("content/careers/medical-assistants.md");
  });
});
