/**
 * A client's key for the rate limit: HMAC-SHA256 of its address, so no address is ever stored.
 * The secret is `FEEDBACK_SECRET`, or else a random salt made once per database (store.salt()).
 * The address is the one scripts/serve.ts puts in `x-workweek-client` (lib/server/client-address.ts).
 */
import { createHmac } from "node:crypto";

export function clientKey(address: string, secret: string): string {
  return createHmac("sha256", secret).update(address).digest("base64url");
}
