/**
 * AI task exposure per SOC code, by the format's rule: the O*NET-SOC `.00` code's β; else the mean
 * of the code's O*NET-SOC codes; an aggregate code (ending in 0, e.g. 31-1120) the mean of its
 * detailed children (31-1121, 31-1122); else, for the few codes O*NET renumbered after the release
 * the paper rated, the crosswalk below. Everything else stays unrated.
 */
import type { Exposure } from "./figures";

export const exposureSource = "GPTs are GPTs (Eloundou et al., Science 2024), β";

/**
 * SOC 2018 codes that O*NET split or renumbered after the O*NET release the paper rated
 * (O*NET 27.x), so the paper has no row for them: each takes the mean of the codes it was formed
 * from. Source: exposureCrosswalkSources below.
 */
export const exposureCrosswalk: Readonly<Record<string, readonly string[]>> = {
  // Substance Abuse, Behavioral Disorder, and Mental Health Counselors
  "21-1018": ["21-1011", "21-1014"],
  // Special Education Teachers, Kindergarten and Elementary School
  "25-2052": ["25-2055", "25-2056"],
  // Teaching Assistants, Except Postsecondary
  "25-9045": ["25-9042", "25-9043"],
  // Electrical, Electronic, and Electromechanical Assemblers, Except Coil Winders, Tapers, and Finishers
  "51-2028": ["51-2022", "51-2023"],
  // First-Line Supervisors of Transportation and Material Moving Workers, Except Aircraft Cargo Handling Supervisors
  "53-1047": ["53-1042", "53-1043", "53-1044"],
};

/** Where the crosswalk comes from; the methodology page cites them beside its entries. */
export const exposureCrosswalkSources: ReadonlyArray<{ title: string; url: string }> = [
  { title: "O*NET-SOC 2019 taxonomy crosswalk", url: "https://www.onetcenter.org/taxonomy/2019/soc.html" },
  { title: "SOC 2018 direct match title file (BLS)", url: "https://www.bls.gov/soc/2018/crosswalks_used_by_agencies.htm" },
];

type BetaRow = { onet_code: string; beta: string };

const roundOneDecimal = (value: number) => Math.round(value * 10) / 10;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Each SOC code's exposure, for the codes of the dataset. */
export function exposureBySoc(rows: readonly BetaRow[], socCodes: readonly string[]): Map<string, Exposure> {
  const byOnet = new Map(rows.map((row) => [row.onet_code, Number(row.beta) * 100]));
  const onetCodesOf = new Map<string, string[]>();
  for (const code of byOnet.keys()) {
    const soc = code.slice(0, 7);
    onetCodesOf.set(soc, [...(onetCodesOf.get(soc) ?? []), code]);
  }
  /** Unrounded percent of a SOC code from its own O*NET codes. */
  const direct = (soc: string): { percent: number; rule: Exposure["rule"]; from: string[] } | undefined => {
    const own = byOnet.get(`${soc}.00`);
    if (own !== undefined) return { percent: own, rule: "onet-code", from: [`${soc}.00`] };
    const codes = onetCodesOf.get(soc);
    if (codes) return { percent: mean(codes.map((code) => byOnet.get(code) as number)), rule: "mean-of-onet-codes", from: codes };
    return undefined;
  };

  const result = new Map<string, Exposure>();
  for (const soc of socCodes) {
    let found = direct(soc);
    if (!found && soc.endsWith("0")) {
      const children = [...onetCodesOf.keys()].filter((child) => child !== soc && child.startsWith(soc.slice(0, 6))).sort();
      const values = children.flatMap((child) => direct(child)?.percent ?? []);
      if (values.length > 0) found = { percent: mean(values), rule: "mean-of-children", from: children };
    }
    const crosswalk = exposureCrosswalk[soc];
    if (!found && crosswalk) {
      const values = crosswalk.flatMap((code) => direct(code)?.percent ?? []);
      if (values.length === crosswalk.length) found = { percent: mean(values), rule: "crosswalk", from: [...crosswalk] };
    }
    if (found) result.set(soc, { ...found, percent: roundOneDecimal(found.percent), source: exposureSource });
  }
  return result;
}

/** How an exposure not rated for the code itself was found, in words ("mean of O*NET-SOC …"); undefined when it was. */
export function exposureRuleText(exposure: Exposure): string | undefined {
  const codes = exposure.from.join(", ");
  if (exposure.rule === "mean-of-onet-codes") return `the mean of its O*NET-SOC occupations ${codes}`;
  if (exposure.rule === "mean-of-children") return `the mean of its detailed occupations ${codes}`;
  if (exposure.rule === "crosswalk") return `the mean of ${codes}, the codes it was formed from`;
  return undefined;
}
