import { randomBytes } from "node:crypto";
import type { SessionRecord } from "@/lib/session/store";

/** Records and options for the store conformance suite (lib/session/store-conformance*.ts). */
export const HOUR = 3_600_000;
export const newId = () => randomBytes(32).toString("base64url");

export function record(data: SessionRecord["data"] = {}, id = newId()): SessionRecord {
  const now = Date.now();
  return { id, data, createdAt: now, lastSeenAt: now, idleExpiresAt: now + HOUR, absoluteExpiresAt: now + 8 * HOUR };
}

export const writeOpts = (maxBytes = 10_000) => ({ lastSeenAt: 5, idleExpiresAt: 6, ttlMs: HOUR, maxBytes });

/** Data whose JSON, {"f":"xx…"}, takes `n` + 8 bytes. */
export const filler = (n: number) => ({ f: "x".repeat(n) });
