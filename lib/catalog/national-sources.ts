/**
 * The agencies' own pages for an occupation's figures, linked from every page's sources: a reader
 * can check each number where it was published.
 */
import type { OccupationFigures } from "../dataset/figures";

export type SourceLink = { title: string; url: string };

/** BLS's OEWS page for one code: `oes319092.htm` under the current release. */
export function oewsUrl(socCode: string): string {
  return `https://www.bls.gov/oes/current/oes${socCode.replace("-", "")}.htm`;
}

export function nationalSourceLinks(figures: OccupationFigures): SourceLink[] {
  const links: SourceLink[] = [];
  if (figures.wages) {
    links.push({ title: `BLS Occupational Employment and Wages, ${figures.wages.release}: ${figures.title} (${figures.socCode})`, url: oewsUrl(figures.socCode) });
  }
  if (figures.projections) {
    links.push({
      title: `BLS Employment Projections ${figures.projections.release}: occupational projections and worker characteristics (Table 1.2)`,
      url: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
    });
  }
  if (figures.exposure && figures.exposure.rule !== "profile") {
    links.push({ title: "Eloundou, Manning, Mishkin and Rock, “GPTs are GPTs”, Science 384 (2024)", url: "https://www.science.org/doi/10.1126/science.adj0998" });
  }
  if (figures.interests) {
    links.push({ title: `O*NET OnLine: ${figures.title}`, url: `https://www.onetonline.org/link/summary/${figures.socCode}.00` });
  }
  return links;
}
