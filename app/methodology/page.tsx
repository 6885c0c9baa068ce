import type { Metadata } from "next";
import { getEditorialPage } from "@/lib/pages";

const page = getEditorialPage("methodology");

export const metadata: Metadata = { title: page.title, description: page.summary };

export default function MethodologyPage() {
  return (
    <article className="wrap page page--prose">
      <h1>{page.title}</h1>
      <p className="lede">{page.summary}</p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: page.html }} />
    </article>
  );
}
