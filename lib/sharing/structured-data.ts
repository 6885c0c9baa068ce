/**
 * schema.org `Occupation` JSON-LD for a profile, and safe serialisation of JSON-LD into a page:
 * `<`, `>` and `&` are escaped so no string in the content can close the script element.
 */
import type { Career } from "../catalog/load";
import { entryLevelLabel } from "../content/taxonomy";

type JsonLd = Record<string, unknown>;

export function occupationJsonLd(career: Career, url: string): JsonLd {
  const wages = career.figures.wages;
  const entry = career.figures.projections?.entryEducation;
  const percentiles = wages
    ? Object.fromEntries((["p10", "p25", "p75", "p90"] as const).flatMap((key) => (wages[key] === null ? [] : [[`percentile${key.slice(1)}`, wages[key]]])))
    : {};
  const published = career.figures.projections?.workExperience;
  // BLS writes "None" where no experience is needed: not a requirement worth stating.
  const experience = published && published !== "None" ? published : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: career.title,
    description: career.summary,
    url,
    mainEntityOfPage: url,
    ...(career.aliases?.length ? { alternateName: career.aliases } : {}),
    occupationalCategory: {
      "@type": "CategoryCode",
      codeValue: career.socCode,
      name: career.figures.title,
      inCodeSet: { "@type": "CategoryCodeSet", name: "Standard Occupational Classification (SOC) 2018" },
    },
    occupationLocation: { "@type": "Country", name: "United States" },
    ...(wages && wages.median !== null
      ? {
          estimatedSalary: [
            { "@type": "MonetaryAmountDistribution", name: "base", currency: "USD", duration: "P1Y", median: wages.median, ...percentiles },
          ],
        }
      : {}),
    ...(entry ? { educationRequirements: { "@type": "EducationalOccupationalCredential", credentialCategory: entryLevelLabel(entry.id) } } : {}),
    ...(career.certifications?.length
      ? {
          qualifications: career.certifications.map((certification) => ({
            "@type": "EducationalOccupationalCredential",
            name: certification.name,
            ...(certification.abbreviation ? { alternateName: certification.abbreviation } : {}),
            credentialCategory: "certification",
            ...(certification.issuer ? { recognizedBy: { "@type": "Organization", name: certification.issuer } } : {}),
          })),
        }
      : {}),
    ...(career.skills?.length || career.abilities?.length ? { skills: [...(career.skills ?? []), ...(career.abilities ?? [])] } : {}),
    responsibilities: career.duties,
    ...(experience ? { experienceRequirements: `Work experience in a related occupation: ${experience}` } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: valid JSON that cannot break out of the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
