import { isIP } from "node:net";
import type { Env } from "../session/data-dir";
import { trustsProxy } from "./public-origin";

/**
 * The header `server.mjs` writes on every request: the address of the socket the request came in
 * on. Route handlers cannot see the socket, and Next.js's own X-Forwarded-For keeps whatever the
 * client sent, so it cannot say who is calling. The header is trusted only when this process runs
 * under server.mjs (which sets `LAB_SERVER=1` and overwrites any copy the client sent).
 */
export const PEER_HEADER = "x-lab-peer";

const lastValue = (header: string | null) => header?.split(",").at(-1)?.trim() || null;

/**
 * The address of the client that sent the request. With `TRUST_PROXY=1`, the last entry of
 * X-Forwarded-For, the one the trusted proxy added (entries before it are the client's own words);
 * otherwise the socket's peer, which server.mjs stamps. Under `next dev` or a bare `next start`
 * there is no stamp: every request then counts as one client, "unknown".
 */
export function clientAddress(request: Request, env: Env = process.env): string {
  const forwarded = trustsProxy(env) ? lastValue(request.headers.get("x-forwarded-for")) : null;
  const peer = env.LAB_SERVER === "1" ? request.headers.get(PEER_HEADER) : null;
  return clientKey(forwarded ?? peer ?? "unknown");
}

/** The client whose budgets the request counts against, or undefined when it is unknown (no budget applies). */
export function budgetClient(request: Request, env: Env = process.env): string | undefined {
  const client = clientAddress(request, env);
  return client === "unknown" ? undefined : client;
}

/**
 * The key a client's budget is kept under: an IPv4 address as it is (an IPv4-mapped IPv6 address
 * becomes its IPv4 form), an IPv6 address as its /64, the block one household or one machine
 * usually gets (a single host can choose any of its 2^64 addresses). Anything else is "unknown".
 */
export function clientKey(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const version = isIP(bare);
  if (version === 4) return bare;
  if (version !== 6) return "unknown";
  const groups = expandIpv6(bare);
  if (groups.slice(0, 6).join(":") === "0:0:0:0:0:ffff") {
    const [high, low] = [parseInt(groups[6]!, 16), parseInt(groups[7]!, 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return `${groups.slice(0, 4).join(":")}::/64`;
}

/** The eight groups of a valid IPv6 address, each without leading zeros ("::1" → 0,0,0,0,0,0,0,1). */
function expandIpv6(address: string): string[] {
  // A trailing dotted IPv4 part stands for the last two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = v4 ? address.slice(0, v4.index) + `${((+v4[1]! << 8) | +v4[2]!).toString(16)}:${((+v4[3]! << 8) | +v4[4]!).toString(16)}` : address;
  const [head, tail] = text.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16).toString(16));
}
