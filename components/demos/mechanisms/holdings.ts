import { octets } from "@/lib/cookie/grammar";
import type { Exchange } from "@/lib/exchange/exchange";
import { replayVerdict, stolenFrom, type ReplayVerdict } from "../replay";
import type { Mechanism } from "@/lib/mechanisms";
import { RAW_COOKIE } from "./demo-mechanisms";

/** What each side holds after a store, read from that request's exchange. */
export interface Holdings {
  cookie: { name: string; value: string } | null;
  /** Name and value, in bytes: what counts against the browser's 4096-byte limit (RFC 6265bis §5.6). */
  bytes: number;
  httpOnly: boolean;
  /** The server's own copy of the data, or null when it keeps nothing. */
  serverData: unknown;
  store: string | null;
}

export function holdingsOf(mechanism: Mechanism, exchange: Exchange): Holdings {
  const line = exchange.response.setCookie[0] ?? "";
  const cookie = stolenFrom(exchange.response.setCookie);
  const state = "session" in exchange.server ? exchange.server : null;
  return {
    cookie,
    bytes: cookie ? octets(cookie.name + cookie.value) : 0,
    httpOnly: /;\s*HttpOnly/i.test(line),
    serverData: mechanism === "server" ? (state?.session?.data ?? null) : null,
    store: mechanism === "server" ? (state?.store ?? "") : null,
  };
}

/** What the server made of a copy replayed after it tried to revoke the cookie. */
export function revokeVerdict(mechanism: Mechanism, exchange: Exchange | null): ReplayVerdict {
  if (mechanism !== "cookie") return replayVerdict(mechanism, exchange?.server);
  const copy = exchange?.request.cookies.find((c) => c.name === RAW_COOKIE.name);
  if (copy) {
    return {
      accepted: true,
      headline: "Still accepted: the server believes the copy",
      reason: `The server sent a deletion, but it keeps no state: the copy ${copy.name}=${copy.value} came back and is taken as it is.`,
    };
  }
  return { accepted: false, headline: "Gone from this browser", reason: "The copy did not come back." };
}
