import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/site";

/** Every public page may be crawled (comparisons too: they are links people share); the dev-only routes are not public. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/dev/"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
