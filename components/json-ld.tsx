import { serializeJsonLd } from "@/lib/sharing/structured-data";

/** Structured data for search engines and link previews, serialised so it cannot break out of its element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
