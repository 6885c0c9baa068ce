import type { NextConfig } from "next";
import { getConfigFacts, type ConfigFacts } from "./lib/catalog";
import { mediaOrigins, securityHeaders } from "./lib/site/security-headers";
import { contentRepository, siteOrigin } from "./lib/site/site";

// Validate the public origin at start-up: a bad SITE_URL stops `next build` and `next start` here.
siteOrigin();
contentRepository();

const development = process.env.NODE_ENV !== "production";
let facts: ConfigFacts | undefined;
const contentFacts = () => (facts ??= getConfigFacts());

const nextConfig: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm run build:standalone` makes a self-contained server in <distDir>/standalone (README,
  // "Deploying"). Pages that render on request (/careers, /compare) read the content at run time.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  outputFileTracingIncludes: { "/**": ["./content/**/*", "./public/fonts/*", "./node_modules/word-list/words.txt", "./node_modules/node-sqlite3-wasm/dist/*"] },
  // Read from node_modules at run time (word-list finds its word list next to itself), not bundled:
  // node-sqlite3-wasm loads its .wasm file from beside itself; pg is only loaded when DATABASE_URL is set.
  serverExternalPackages: ["word-list", "node-sqlite3-wasm", "pg"],
  outputFileTracingExcludes: { "/**": ["./tests/**", "./scripts/**", "./screenshots/**", "./bench-results/**", "./.e2e/**", "./*.md"] },
  poweredByHeader: false,
  // The site has no next/image: without this, /_next/image would resize any same-site URL on
  // request, and answer some (a redirect, a bad %-escape) with a 500.
  images: { unoptimized: true },
  experimental: {
    // Pages are generated in a worker thread of the build process instead of a child process: one
    // Node runtime fewer. Peak build memory at 5,000 profiles: 1.61 → 1.42 GiB (`npm run bench`).
    workerThreads: true,
  },
  reactStrictMode: true,
  async redirects() {
    return contentFacts().redirects;
  },
  async rewrites() {
    // In development every profile renders on request (app/dev/careers), so new and broken files show at once.
    return { beforeFiles: development ? [{ source: "/careers/:slug", destination: "/dev/careers/:slug" }] : [], afterFiles: [], fallback: [] };
  },
  async headers() {
    const { videoUrls } = contentFacts();
    return [{ source: "/:path*", headers: securityHeaders({ mediaOrigins: mediaOrigins(videoUrls), development, https: siteOrigin().startsWith("https:") }) }];
  },
};

export default nextConfig;
