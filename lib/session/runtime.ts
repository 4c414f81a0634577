import { NewSessionLimit } from "./client-budget";
import { clientNewSessions, getSessionStore } from "./create-store";
import { SESSION_MAX_DATA_BYTES } from "./limits";
import { SessionManager, type SessionManagerOptions } from "./manager";

const slot = globalThis as typeof globalThis & { __sessionManager?: SessionManager; __sessionSweeper?: NodeJS.Timeout; __newSessionLimit?: NewSessionLimit };

/** The process-wide limit on how many sessions each client starts, shared by every manager (the demos' too). */
export function getNewSessionLimit(): NewSessionLimit {
  return (slot.__newSessionLimit ??= new NewSessionLimit({ perWindow: clientNewSessions() }));
}

/**
 * The process-wide manager over `getSessionStore()`, with a sweep every minute so expired
 * sessions leave the store even if nobody comes back for them. The timer is unref'd: it never
 * keeps the process alive. A failed sweep (e.g. Redis down) is retried on the next tick.
 */
export function getSessionManager(options: Omit<SessionManagerOptions, "store"> = {}): SessionManager {
  if (!slot.__sessionManager) {
    const manager = new SessionManager({ maxDataBytes: SESSION_MAX_DATA_BYTES, newSessionLimit: getNewSessionLimit(), ...options, store: getSessionStore() });
    slot.__sessionManager = manager;
    slot.__sessionSweeper = setInterval(() => void manager.sweep().catch(() => undefined), 60_000);
    slot.__sessionSweeper.unref();
  }
  return slot.__sessionManager;
}
