import type { Step } from "@/components/inspector/types";
import type { Timers } from "./countdown";

/** Short demo timers; the quick pair keeps the e2e test (and an impatient learner) waiting seconds, not minutes. */
export const TIMER_PRESETS = {
  standard: { idle: 20, absolute: 60, label: "Idle 20 s, absolute 60 s" },
  quick: { idle: 4, absolute: 10, label: "Quick: idle 4 s, absolute 10 s" },
} as const;

/** The live session's expiry times from an /api/expiry step, or null when the server holds none. */
export function timersFrom(step: Step): Timers | null {
  const server = step.exchange?.server;
  if (!server || !("session" in server) || !server.session) return null;
  const { session } = server;
  const serverNow = "serverNow" in server ? Date.parse(server.serverNow) : step.at;
  return {
    idleExpiresAt: Date.parse(session.idleExpiresAt),
    absoluteExpiresAt: Date.parse(session.absoluteExpiresAt),
    offset: serverNow - step.at,
    receivedAt: step.at,
  };
}
