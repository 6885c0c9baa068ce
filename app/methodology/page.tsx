import type { Metadata } from "next";
import { pageMetadata } from "@/lib/sharing/metadata";
import { getEditorialPage } from "@/lib/content/pages";
import { getNationalDataset } from "@/lib/catalog";
import { DataSources } from "./_components/data-sources";

const page = getEditorialPage("methodology");

export const metadata: Metadata = pageMetadata({ title: page.title, description: page.summary, path: "/methodology" });

export default function MethodologyPage() {
  // The dataset the catalog was joined with (CONTENT_DIR's copy in tests): the sources it names are the ones in use.
  const dataset = getNationalDataset();
  return (
    <article className="wrap page page--prose">
      <h1>{page.title}</h1>
      <p className="lede">{page.summary}</p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: page.html }} />
      <DataSources dataset={dataset} />
    </article>
  );
}
