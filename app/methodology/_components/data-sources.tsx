import { ExternalLink } from "@/components/external-link";
import type { NationalDataset } from "@/lib/dataset/national";
import { formatCount } from "@/lib/site/format";
import { ExposureRule } from "./exposure-rule";

const monthYear = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** The manifest's `YYYY-MM` as people say it: "April 2026". */
function formatMonth(yearMonth: string): string {
  return monthYear.format(new Date(`${yearMonth}-01T00:00:00Z`));
}

/**
 * The national dataset's sources, read from its manifest (content/national/manifest.json), so the
 * page names the releases the site actually ships, and the credit a license asks for.
 */
export function DataSources({ dataset }: { dataset: NationalDataset }) {
  const { sources } = dataset.manifest;
  return (
    <section className="prose" aria-labelledby="data-sources">
      <h2 id="data-sources">Data sources</h2>
      <p>
        Pay, employment, projected growth and openings, the BLS education, experience and training categories, AI task
        exposure and interest profiles come from the site&apos;s national dataset: a copy of the sources below, kept with the
        site and rebuilt from the agencies&apos; own files when they publish a new release. Profiles never type these figures;
        every page names the release beside each one.
      </p>
      <div className="table-scroll">
        <table>
          <caption>Sources of the national dataset</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Publisher</th>
              <th scope="col">Release</th>
              <th scope="col">Published</th>
              <th scope="col">License</th>
              <th scope="col">Rows</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <th scope="row">
                  <ExternalLink href={source.url}>{source.title}</ExternalLink>
                </th>
                <td>{source.publisher}</td>
                <td>{source.release}</td>
                <td>
                  <time dateTime={source.published}>{formatMonth(source.published)}</time>
                </td>
                <td>{source.license}</td>
                <td>{formatCount(source.rows)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sources.flatMap((source) => (source.credit ? [<p key={source.id} className="notice">{source.credit}</p>] : []))}
      <h3>Figures not published</h3>
      <p>
        Where an agency did not publish a figure (an estimate suppressed because it is not reliable enough or would identify
        an employer, or a wage above the highest one BLS publishes), pages say &ldquo;not published&rdquo;. We never fill
        the gap with an estimate of our own.
      </p>
      <ExposureRule dataset={dataset} />
    </section>
  );
}
