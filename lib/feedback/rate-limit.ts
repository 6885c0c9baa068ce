/** How much one client may send: counted in the database (store.add), so it holds across instances. */
import type { RateLimit } from "./store";

export const feedbackRateLimit: RateLimit = { max: 5, windowMs: 10 * 60_000 };
