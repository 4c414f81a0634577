/** The playground's choices, and the POST /api/cookies body they make. Pure: no React, no fetch. */
import { SAME_SITE_VALUES } from "@/lib/cookie/grammar";
import type { CookiePrefix } from "@/lib/cookie/prefixes";

/** "" is no prefix; the others are the explainer's own (lib/cookie/prefixes.ts), in the order they were added to browsers. */
export const PREFIXES = ["", "__Secure-", "__Host-", "__Http-", "__Host-Http-"] as const satisfies readonly ("" | CookiePrefix)[];
export const LIFETIMES = ["session", "max-age", "expires", "delete"] as const;
export const SAME_SITES = ["", ...SAME_SITE_VALUES] as const;
/** "" leaves Path out: the browser then takes the default path of /api/cookies, which is /api. */
export const PATHS = ["/", "/api/echo/inside", "/demos", ""] as const;

/** The two paths the playground reads from, to show what Path does. */
export const PROBE_PATHS = ["/api/echo/inside", "/api/echo/outside"] as const;

export interface Choice {
  prefix: (typeof PREFIXES)[number];
  name: string;
  value: string;
  lifetime: (typeof LIFETIMES)[number];
  path: (typeof PATHS)[number];
  domain: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: (typeof SAME_SITES)[number];
  partitioned: boolean;
}

export const DEFAULT_CHOICE: Choice = {
  prefix: "",
  name: "demo",
  value: "1",
  lifetime: "max-age",
  path: "/",
  domain: "",
  secure: false,
  httpOnly: false,
  sameSite: "Lax",
  partitioned: false,
};

export const LIFETIME_LABELS: Record<Choice["lifetime"], string> = {
  session: "Neither (session cookie)",
  "max-age": "Max-Age=3600",
  expires: "Expires in one hour",
  delete: "Max-Age=0 (delete)",
};

export const PATH_LABELS: Record<Choice["path"], string> = {
  "/": "/ (the whole site)",
  "/api/echo/inside": "/api/echo/inside",
  "/demos": "/demos (pages, not the API)",
  "": "Unset (defaults to /api)",
};

/** The JSON body for POST /api/cookies: only the attributes the learner chose. */
export function toBody(c: Choice, now = Date.now()): Record<string, unknown> {
  return {
    name: c.prefix + c.name,
    value: c.value,
    ...(c.lifetime === "max-age" ? { maxAge: 3600 } : c.lifetime === "delete" ? { maxAge: 0 } : {}),
    ...(c.lifetime === "expires" ? { expires: new Date(now + 3_600_000).toISOString() } : {}),
    ...(c.path ? { path: c.path } : {}),
    ...(c.domain.trim() ? { domain: c.domain.trim() } : {}),
    ...(c.secure ? { secure: true } : {}),
    ...(c.httpOnly ? { httpOnly: true } : {}),
    ...(c.sameSite ? { sameSite: c.sameSite } : {}),
    ...(c.partitioned ? { partitioned: true } : {}),
  };
}
