import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { siteMetadata } from "@/lib/sharing/metadata";
import { siteConfig, siteOrigin } from "@/lib/site/site";
import "./globals.css";

export const metadata: Metadata = {
  ...siteMetadata(),
  metadataBase: new URL(siteOrigin()),
  title: { default: `${siteConfig.name}: career profiles`, template: `%s | ${siteConfig.name}` },
  applicationName: siteConfig.name,
  alternates: undefined,
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f6f2" },
    { media: "(prefers-color-scheme: dark)", color: "#16181d" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
