/**
 * The client's address as the production server sees it, handed to Next.js in one header that a
 * client cannot set (scripts/serve.ts removes any incoming copy first). It is the socket's peer
 * address; with `TRUST_PROXY=1` (behind a reverse proxy that appends to X-Forwarded-For) it is the
 * last X-Forwarded-For entry, the one the proxy itself added. Used only for the feedback rate limit,
 * and only ever stored as a keyed hash (lib/feedback/client-key.ts).
 */
import type { IncomingHttpHeaders } from "node:http";

export const clientAddressHeader = "x-workweek-client";

export function clientAddress({ remoteAddress, headers, trustProxy }: { remoteAddress: string | undefined; headers: IncomingHttpHeaders; trustProxy: boolean }): string {
  if (trustProxy) {
    const forwarded = headers["x-forwarded-for"];
    const last = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",").map((part) => part.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  return remoteAddress ?? "unknown";
}

export const trustProxy = (env: NodeJS.ProcessEnv = process.env) => env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true";
