import type { NextConfig } from "next";
import { getRedirects } from "./lib/careers";

const nextConfig: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    return getRedirects();
  },
};

export default nextConfig;
