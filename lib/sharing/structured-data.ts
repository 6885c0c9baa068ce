/**
 * schema.org `Occupation` JSON-LD for a profile, and safe serialisation of JSON-LD into a page:
 * `<`, `>` and `&` are escaped so no string in the content can close the script element.
 */
import type { Career } from "../catalog/load";
import { entryLevelLabel } from "../content/taxonomy";

type JsonLd = Record<string, unknown>;

export function occupationJsonLd(career: Career, url: string): JsonLd {
  const { salary, education } = career;
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: career.title,
    description: career.summary,
    url,
    mainEntityOfPage: url,
    ...(career.aliases?.length ? { alternateName: career.aliases } : {}),
    ...(career.socCode
      ? {
          occupationalCategory: {
            "@type": "CategoryCode",
            codeValue: career.socCode,
            name: career.title,
            inCodeSet: { "@type": "CategoryCodeSet", name: "Standard Occupational Classification (SOC) 2018" },
          },
        }
      : {}),
    occupationLocation: { "@type": "Country", name: "United States" },
    estimatedSalary: [
      {
        "@type": "MonetaryAmountDistribution",
        name: "base",
        currency: "USD",
        duration: "P1Y",
        median: salary.median,
        ...(salary.p10 !== undefined ? { percentile10: salary.p10 } : {}),
        ...(salary.p25 !== undefined ? { percentile25: salary.p25 } : {}),
        ...(salary.p75 !== undefined ? { percentile75: salary.p75 } : {}),
        ...(salary.p90 !== undefined ? { percentile90: salary.p90 } : {}),
      },
    ],
    educationRequirements: {
      "@type": "EducationalOccupationalCredential",
      credentialCategory: entryLevelLabel(education.entryLevel),
    },
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
    ...(career.education.workExperience ? { experienceRequirements: career.education.workExperience } : {}),
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
