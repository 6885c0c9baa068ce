import type { Metadata } from "next";
import { cache } from "react";
import { AdjustLimitsForm } from "@/components/fit/adjust-limits-form";
import { FitForm } from "@/components/fit/fit-form";
import { FitMethodNote } from "@/components/fit/fit-method-note";
import { FitResults } from "@/components/fit/fit-results";
import { FitSummary, ReaderInterests } from "@/components/fit/fit-summary";
import { PrintFooter } from "@/components/print-footer";
import { getNationalDataset, getOccupations } from "@/lib/catalog";
import { occupationsBySlug } from "@/lib/catalog/load";
import { fitHref, parseFitHref, parseFitParams, type RawParams } from "@/lib/fit/answers";
import { findFits } from "@/lib/fit/fit";
import { areaNamesOf, getQuestionnaire } from "@/lib/fit/questions";
import { fitDescription, fitTitle } from "@/lib/fit/summary";
import { browseHref } from "@/lib/browse/query";
import { pageMetadata } from "@/lib/sharing/metadata";
import { absoluteUrl } from "@/lib/site/site";

type Props = { searchParams: Promise<RawParams> };

/** One ranking per request, shared by the metadata and the page; a damaged link is read but never ranked. */
const fitOnce = cache((href: string) => {
  const parsed = parseFitHref(href);
  const ready = parsed.problems.length === 0 && !parsed.answers.edit;
  return { ...parsed, result: ready ? findFits(getOccupations(), getQuestionnaire(), parsed.answers) : undefined };
});

/** The link as the page reads it: its canonical form when readable, else the form's address. */
async function readRequest(props: Props) {
  const parsed = parseFitParams(await props.searchParams);
  return parsed.problems.length > 0 ? { ...parsed, result: undefined, href: "/fit" } : { ...fitOnce(fitHref(parsed.answers)), href: fitHref(parsed.answers) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { answers, result, href } = await readRequest(props);
  const names = areaNamesOf(getQuestionnaire());
  return pageMetadata({ title: fitTitle(result, answers, names), description: fitDescription(result, answers), path: href, noIndex: href !== "/fit" });
}

export default async function FitPage(props: Props) {
  const { answers, problems, notes, result, href } = await readRequest(props);
  const questionnaire = getQuestionnaire();
  const names = areaNamesOf(questionnaire);
  const credit = getNationalDataset().source("interests").credit;
  const notices = problems.length > 0 ? problems : notes;
  return (
    <div className="wrap page fit-page">
      <h1>{result?.kind === "ranked" ? "Careers that fit you" : "Find careers that fit you"}</h1>
      {problems.length > 0 && <h2 className="fit-damaged">Something in this link needs fixing</h2>}
      {notices.length > 0 && (
        <div className="notice" role={problems.length > 0 ? "alert" : "status"}>
          {notices.map((notice) => <p key={notice}>{notice}</p>)}
          {problems.length > 0 && <p>Nothing was ranked, so that no career is suggested on a guess. Check the form below, which keeps what could be read, and show the careers again.</p>}
        </div>
      )}
      {result?.kind === "ranked" ? (
        <>
          <p className="lede">Ranked by how closely each occupation&apos;s interest profile matches yours (Pearson&apos;s correlation), in three
            groups by the training it takes.</p>
          <FitSummary result={result} answers={answers} areaNames={names} />
          <FitResults groups={result.groups} answers={answers} profile={result.profile} areaNames={names} />
          <AdjustLimitsForm answers={answers} />
        </>
      ) : (
        <>
          <p className="lede">
            Tell us what you like doing and what you can give to training, and see which careers fit, each with the reason why.
            Nothing is stored: your answers live in the link, so you can send it, print it or come back to it.
          </p>
          {result?.kind === "flat" && (
            <div className="notice" role="status">
              <ReaderInterests profile={result.profile} areaNames={names} />
              <p>
                Your answers rate every area the same, so they cannot tell careers apart. Mark some activities you would not like,
                or pick one or two areas. To see every career within your limits instead,{" "}
                <a href={browseHref({ show: "all", education: answers.education, minSalary: answers.minPay })}>browse all careers</a>.
              </p>
            </div>
          )}
          <FitForm questionnaire={questionnaire} answers={answers} occupationsBySlug={occupationsBySlug(getOccupations())} />
        </>
      )}
      <FitMethodNote credit={credit} />
      <PrintFooter url={absoluteUrl(href)} />
    </div>
  );
}
