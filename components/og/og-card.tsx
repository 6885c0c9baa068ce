import type { ReactNode } from "react";
import { siteConfig } from "@/lib/site/site";

/** The card's side padding: its content is the image width less twice this. */
export const ogCardPaddingX = 72;

/** The frame of every link-preview image: site name at the top, content, a footer line. Satori styles only. */
export function OgCard({ children, footer }: { children: ReactNode; footer: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: `64px ${ogCardPaddingX}px`,
        background: "#f7f6f2",
        color: "#1b1d22",
        fontFamily: "Inter",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 34, fontWeight: 700, color: "#2a5d8f" }}>
        <div style={{ width: 22, height: 22, borderRadius: 6, background: "#2a5d8f" }} />
        {siteConfig.name}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>{children}</div>
      <div style={{ display: "flex", fontSize: 26, color: "#4a4f59", borderTop: "2px solid #d9d6cc", paddingTop: 22 }}>{footer}</div>
    </div>
  );
}
