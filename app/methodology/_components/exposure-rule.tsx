import { ExternalLink } from "@/components/external-link";
import { exposureCoverage } from "@/lib/dataset/exposure-coverage";
import { exposureCrosswalkSources } from "@/lib/dataset/exposure";
import type { NationalDataset } from "@/lib/dataset/national";
import { formatCount, formatList } from "@/lib/site/format";

const occupations = (count: number) => `${formatCount(count)} ${count === 1 ? "occupation" : "occupations"}`;

/**
 * How an occupation's SOC code finds its AI task exposure in the paper's O*NET-SOC ratings (the rule
 * lib/dataset/exposure.ts applies), with how many occupations each step covers and the crosswalk's
 * entries, so a reader can check any figure back to its source.
 */
export function ExposureRule({ dataset }: { dataset: NationalDataset }) {
  const coverage = exposureCoverage(dataset);
  return (
    <>
      <h3>How AI task exposure is matched to an occupation</h3>
      <p>
        &ldquo;GPTs are GPTs&rdquo; rates O*NET-SOC occupations (such as 31-9092.00); pages use SOC 2018 codes (31-9092).
        Of the {occupations(coverage.occupations)} in the dataset, each takes its exposure from the first of these that applies:
      </p>
      <ol>
        <li>the paper&apos;s β for its O*NET-SOC code ending in .00 ({occupations(coverage.byRule["onet-code"])});</li>
        <li>otherwise the mean β of its O*NET-SOC codes, where O*NET divides it into several ({occupations(coverage.byRule["mean-of-onet-codes"])});</li>
        <li>
          for an aggregate code, which ends in 0 and groups detailed codes (31-1120 groups 31-1121 and 31-1122), the mean of its
          detailed codes ({occupations(coverage.byRule["mean-of-children"])});
        </li>
        <li>
          for a code O*NET renumbered after the release the paper rated, the mean of the codes it was formed from, listed
          below ({occupations(coverage.byRule.crosswalk)}).
        </li>
      </ol>
      <p>
        The other {occupations(coverage.unrated)}, mostly &ldquo;All Other&rdquo; codes, stay unrated. They get no AI
        resilience score unless their profile supplies an exposure figure together with its source.
      </p>
      <div className="table-scroll">
        <table>
          <caption>Codes matched through a crosswalk</caption>
          <thead>
            <tr>
              <th scope="col">SOC 2018 code</th>
              <th scope="col">Occupation</th>
              <th scope="col">Mean of the rated codes</th>
            </tr>
          </thead>
          <tbody>
            {coverage.crosswalk.map((entry) => (
              <tr key={entry.socCode}>
                <th scope="row">{entry.socCode}</th>
                <td>{entry.title}</td>
                <td>{formatList([...entry.from])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Crosswalk sources:{" "}
        {exposureCrosswalkSources.map((source, index) => (
          <span key={source.url}>
            {index === 0 ? "" : index === exposureCrosswalkSources.length - 1 ? " and " : ", "}
            <ExternalLink href={source.url}>{source.title}</ExternalLink>
          </span>
        ))}
        .
      </p>
      <p>
        β counts the share of an occupation&apos;s tasks that AI can speed up. It is <strong>not a probability of job
        loss</strong>.
      </p>
    </>
  );
}
