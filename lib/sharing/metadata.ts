/**
 * Page metadata in one shape for every page: title, description, canonical URL, and the Open Graph
 * and Twitter card tags that make a pasted link preview well. Relative URLs resolve against the
 * site's origin (metadataBase in the root layout).
 */
import type { Metadata } from "next";
import { ogImageSize } from "./og-image";
import { siteConfig } from "../site/site";

export const siteImage = { url: "/og/site", alt: `${siteConfig.name}: career profiles with pay, outlook and AI resilience` };

export type PageMetadataInput = {
  title: string;
  description: string;
  /** The canonical path of the page, e.g. `/careers/medical-assistants`. */
  path: string;
  image?: { url: string; alt: string };
  type?: "website" | "article";
  /** Keep the page out of search indexes (e.g. 404s), while still describing it. */
  noIndex?: boolean;
};

/** The home page's metadata, which is also every page's default. */
export function siteMetadata(): Metadata {
  return pageMetadata({ title: `${siteConfig.name}: career profiles`, description: siteConfig.description, path: "/" });
}

export function pageMetadata({ title, description, path, image = siteImage, type = "website", noIndex = false }: PageMetadataInput): Metadata {
  const images = [{ url: image.url, alt: image.alt, ...ogImageSize, type: "image/png" }];
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type, siteName: siteConfig.name, locale: "en_US", title, description, url: path, images },
    twitter: { card: "summary_large_image", title, description, images },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}
