/** What a session operation found or did, for the inspector. */
export const SESSION_OUTCOMES = ["none", "found", "unknown_id", "idle_expired", "absolute_expired", "created", "updated", "regenerated", "destroyed"] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

/** "30 minutes", "8 hours"; under two minutes, in seconds ("20 seconds"), for the demos' short timers. */
const minutes = (ms: number) => {
  if (ms < 120_000) return `${Math.round(ms / 1000)} second${Math.round(ms / 1000) === 1 ? "" : "s"}`;
  const m = Math.round(ms / 60_000);
  return m >= 120 && m % 60 === 0 ? `${m / 60} hours` : `${m} minute${m === 1 ? "" : "s"}`;
};

const CREATED_BECAUSE: Partial<Record<SessionOutcome, string>> = {
  unknown_id: "The cookie's session ID is not one this server keeps, so it was not adopted (strict mode). ",
  idle_expired: "The old session had been idle too long and was ended. ",
  absolute_expired: "The old session had reached its maximum lifetime and was ended. ",
};

/** A sentence a learner understands; `replaced` says why a write had to start a new session. */
export function outcomeMessage(outcome: SessionOutcome, limits: { idleTimeoutMs: number; absoluteTimeoutMs: number }, replaced?: SessionOutcome): string {
  switch (outcome) {
    case "none":
      return "No session cookie came with this request, so there is no session; the server creates one only when something is written.";
    case "found":
      return "The cookie's session ID matched a live session in the store.";
    case "unknown_id":
      return "The cookie named a session ID this server did not issue or no longer keeps, so it was ignored (strict mode) and the cookie is cleared.";
    case "idle_expired":
      return `The session had been idle for longer than ${minutes(limits.idleTimeoutMs)}, so the server ended it and clears the cookie.`;
    case "absolute_expired":
      return `The session reached its maximum lifetime of ${minutes(limits.absoluteTimeoutMs)}, so the server ended it and clears the cookie.`;
    case "created":
      return `${replaced ? (CREATED_BECAUSE[replaced] ?? "") : ""}A new session was created under a fresh random ID and its cookie is set.`;
    case "updated":
      return "The data was merged into the existing session; keys sent as null were removed.";
    case "regenerated":
      return "The session moved to a fresh ID and the old ID was destroyed, so anyone holding the old cookie holds nothing.";
    case "destroyed":
      return "The session was deleted from the server store at once, and the cookie is cleared.";
  }
}

/** Said on a read that skipped renewal because the last one was recent (lazy renewal). */
export function recentlyRenewed(sinceMs: number, touchAfterMs: number): string {
  const ago = sinceMs < 1000 ? "less than a second" : minutes(sinceMs);
  return `It was last renewed ${ago} ago, within ${minutes(touchAfterMs)}, so this read wrote nothing to the store and sent no cookie: renewing at most once per ${minutes(touchAfterMs)} saves a write on every request.`;
}
