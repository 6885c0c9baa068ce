/**
 * The same-origin check on the feedback POST: the browser's Origin header (or, when a browser sends
 * none, the Referer's origin) must be the site's public origin or the origin the request was sent
 * to (its Host). A form on another site, or a request naming neither, is refused.
 */
export type OriginHeaders = { origin?: string | null; referer?: string | null; host?: string | null };

function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export function isSameOrigin({ origin, referer, host }: OriginHeaders, siteOrigin: string): boolean {
  const claimed = origin ? (origin === "null" ? undefined : originOf(origin)) : referer ? originOf(referer) : undefined;
  if (!claimed) return false;
  if (claimed === siteOrigin) return true;
  const ownHost = host?.toLowerCase();
  return Boolean(ownHost) && (claimed === `http://${ownHost}` || claimed === `https://${ownHost}`);
}
