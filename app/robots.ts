import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/site";

/**
 * Every public page may be crawled (comparisons too: they are links people share); the dev-only
 * routes are not public, and /go only redirects to other sites' searches.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/dev/", "/go"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
