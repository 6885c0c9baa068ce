import Link from "next/link";
import { headingIdPrefix } from "@/lib/content/markdown";

/**
 * How the match works, in three sentences, and the credit O*NET's license (CC BY 4.0) asks for,
 * with what we changed. `credit` is the manifest's wording for the release in use.
 */
export function FitMethodNote({ credit }: { credit: string | undefined }) {
  return (
    <section className="fit-method" aria-labelledby="fit-method">
      <h2 id="fit-method">How the match works</h2>
      <p>
        Your answers give each of six interest areas a score. Nearly every occupation has an interest profile from O*NET,
        rated by analysts from 1 to 7 in the same six areas. The match is the correlation (Pearson&apos;s r, from −1 to 1) between your six
        scores and the occupation&apos;s: it is high when the same areas stand out in both. Your limits are applied strictly, and
        occupations without an interest profile are not ranked. Interests are not abilities: a fit says you may enjoy the work,
        not that you are suited to it. <Link href={`/methodology#${headingIdPrefix}careers-that-fit-you`}>More on the method and its limits</Link>.
      </p>
      {credit && (
        <p className="fine-print">
          {credit} Modified: where O*NET splits an occupation into several profiles without a main one, we use their average;
          the activities here are our own words, not O*NET&apos;s Interest Profiler.
        </p>
      )}
    </section>
  );
}
