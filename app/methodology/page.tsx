import type { Metadata } from "next";
import { pageMetadata } from "@/lib/sharing/metadata";
import { getEditorialPage } from "@/lib/content/pages";

const page = getEditorialPage("methodology");

export const metadata: Metadata = pageMetadata({ title: page.title, description: page.summary, path: "/methodology" });

export default function MethodologyPage() {
  return (
    <article className="wrap page page--prose">
      <h1>{page.title}</h1>
      <p className="lede">{page.summary}</p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: page.html }} />
    </article>
  );
}
