import type { MetadataRoute } from "next";
import { browseHref } from "@/lib/browse/query";
import { getCareers } from "@/lib/catalog";
import { countByCategory } from "@/lib/catalog/stats";
import { absoluteUrl } from "@/lib/site/site";

/** Every published profile (lastmod from `updated`), the list pages, the fit questionnaire and the methodology. Drafts never appear. */
export default function sitemap(): MetadataRoute.Sitemap {
  const careers = getCareers();
  const newest = careers.reduce((latest, career) => (career.updated > latest ? career.updated : latest), "2000-01-01");
  const categories = countByCategory(careers).map((entry) => entry.id);
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/careers"), lastModified: newest },
    ...categories.map((category) => ({ url: absoluteUrl(browseHref({ category })), lastModified: newest })),
    { url: absoluteUrl("/fit") },
    { url: absoluteUrl("/methodology") },
    ...careers.map((career) => ({ url: absoluteUrl(`/careers/${career.slug}`), lastModified: career.updated })),
  ];
}
