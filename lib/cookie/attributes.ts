/**
 * One cookie-av at a time: RFC 6265bis §5.6.1-5.6.7 (and CHIPS for Partitioned), each turned into
 * an entry of the cookie-attribute-list plus a sentence saying what it does.
 */
import { parseCookieDateDetailed } from "./date";
import { engineName, FIREFOX_MODELLED, type Browser } from "./engines";
import { MAX_AGE_CAP_SECONDS, type SameSite } from "./grammar";
import { quote } from "./reasons";

/** SameSite as the storage model keeps it: the attribute's value, or "Default" when the line had none or an unknown one (§5.6.7). */
export type StoredSameSite = SameSite | "Default";

/** An entry of the cookie-attribute-list (§5.6), already converted as the RFC says. */
export type CookieAttribute =
  | { key: "Expires"; expiry: Date; capped: boolean }
  | { key: "Max-Age"; expiry: Date; seconds: number; capped: boolean }
  | { key: "Domain"; value: string }
  | { key: "Path"; value: string }
  | { key: "SameSite"; value: StoredSameSite }
  | { key: "Secure" | "HttpOnly" | "Partitioned" };

export type AttributeKey = CookieAttribute["key"];

/** What the learner sees for one attribute of the line. */
export type AttributeRecord = {
  name: string;
  raw: string | null;
  effective: string | null;
  explanation: string;
  ignored?: boolean;
};

export type AttributeOutcome = { attribute?: CookieAttribute; record: AttributeRecord };

type Context = { now: Date; defaultPath: string; browser?: Browser };

/** §5.6.2: "If delta-seconds is less than or equal to zero, let expiry-time be the earliest representable date". */
export const EARLIEST_DATE = new Date(-8.64e15);

/** §5.6.2: a DIGIT, or "-" followed by a DIGIT, then only DIGITs. */
const MAX_AGE_VALUE = /^-?[0-9]+$/;

const CAP_DAYS = MAX_AGE_CAP_SECONDS / 86_400;

/** Who caps Expires and Max-Age at 400 days, in the engine's own words. */
function capNote(browser: Browser): string {
  if (browser === "firefox") return `${FIREFOX_MODELLED} caps it (network.cookie.maxageCap, 400 days)`;
  if (browser === "spec") return "RFC 6265bis asks browsers to cap it at no more than 400 days, and recommends 400";
  return "browsers cap it";
}

export function processAttribute(name: string, raw: string | null, ctx: Context): AttributeOutcome {
  const value = raw ?? "";
  const browser = ctx.browser ?? "chromium";
  const record = (effective: string | null, explanation: string, ignored = false): AttributeRecord => ({
    name,
    raw,
    effective,
    explanation,
    ...(ignored ? { ignored } : {}),
  });

  switch (name.toLowerCase()) {
    case "expires": {
      // §5.6.1: parsed with the forgiving cookie-date algorithm, then capped at 400 days.
      const parsed = parseCookieDateDetailed(value);
      if (!parsed.ok) return { record: record(null, `Ignored: ${parsed.error}.`, true) };
      const cap = new Date(ctx.now.getTime() + MAX_AGE_CAP_SECONDS * 1000);
      const capped = parsed.date > cap;
      const expiry = capped ? cap : parsed.date;
      const when = expiry.toUTCString();
      const explanation = capped
        ? `The date is more than ${CAP_DAYS} days away, so ${capNote(browser)}: the cookie is deleted on ${when} (§5.6.1).`
        : expiry <= ctx.now
          ? `The date ${when} is already past, so the cookie is deleted at once; this is how servers delete a cookie.`
          : `The cookie is kept until ${when}, even after the browser restarts.`;
      return { attribute: { key: "Expires", expiry, capped }, record: record(when, explanation) };
    }
    case "max-age": {
      // §5.6.2: only an optionally negative integer counts; "2.63" or "50,399" are ignored whole.
      if (!MAX_AGE_VALUE.test(value)) {
        const why = value === "" ? "it is empty" : `${quote(value)} is not a whole number of seconds`;
        return { record: record(null, `Ignored: Max-Age must be a whole number of seconds such as 3600, and ${why}.`, true) };
      }
      const requested = Number(value);
      const seconds = Math.min(requested, MAX_AGE_CAP_SECONDS);
      const capped = requested > MAX_AGE_CAP_SECONDS;
      const expiry = seconds <= 0 ? EARLIEST_DATE : new Date(ctx.now.getTime() + seconds * 1000);
      const explanation =
        seconds <= 0
          ? `Max-Age=${value} is zero or negative: the cookie expires at once, which deletes any stored cookie with the same name, domain and path.`
          : capped
            ? `Max-Age is more than ${CAP_DAYS} days, so ${capNote(browser)}, at ${MAX_AGE_CAP_SECONDS} seconds: the cookie is deleted on ${expiry.toUTCString()} (§5.6.2).`
            : `The cookie is deleted ${secondsSpelledOut(seconds)} after it was received, on ${expiry.toUTCString()}.`;
      return { attribute: { key: "Max-Age", expiry, seconds, capped }, record: record(String(seconds), explanation) };
    }
    case "domain": {
      // §5.6.3: a leading "." is dropped (it is a leftover of RFC 2109) and the name is lowercased.
      const domain = value.replace(/^\./, "").toLowerCase();
      const explanation =
        domain === ""
          ? "An empty Domain means no Domain: the cookie is host-only, sent back only to the exact host that set it."
          : `The cookie is sent to ${domain} and every subdomain of it, provided the page's host is inside ${domain}.`;
      return { attribute: { key: "Domain", value: domain }, record: record(domain, explanation) };
    }
    case "path": {
      // §5.6.4: a Path that is empty or does not start with "/" falls back to the default-path.
      const valid = value.startsWith("/");
      const path = valid ? value : ctx.defaultPath;
      const explanation = valid
        ? `The cookie is sent only to URLs whose path is ${path} or below it${path === "/" ? " (the whole site)" : ` (${path.replace(/\/$/, "")}/…)`}.`
        : `${value === "" ? "An empty Path" : `Path=${quote(value)} does not start with "/", so it`} falls back to the default path ${path}, the directory of the URL that set the cookie (§5.1.4).`;
      return { attribute: { key: "Path", value: path }, record: record(path, explanation) };
    }
    case "secure":
      return flag("Secure", value, "The cookie is sent only over HTTPS (Chrome and Firefox also count http://localhost as secure; Safari does not).");
    case "httponly":
      return flag("HttpOnly", value, "JavaScript cannot read this cookie through document.cookie; it is only sent with HTTP requests.");
    case "partitioned":
      // CHIPS defines Partitioned; RFC 6265bis alone does not know it, so it is an unknown attribute there.
      if (browser === "spec") {
        return {
          record: record(
            null,
            `Partitioned is not in RFC 6265bis (CHIPS defines it), so a user agent that follows RFC 6265bis alone ignores it like any unknown attribute (§5.6 step 7).`,
            true,
          ),
        };
      }
      return flag(
        "Partitioned",
        value,
        "The cookie is kept in a separate jar for each top-level site (CHIPS), so it can work inside a third-party iframe without following you across sites; Chromium requires Secure with it.",
      );
    case "samesite":
      return sameSite(value, record, browser);
    default:
      return { record: record(null, unknownExplanation(name), true) };
  }

  function flag(key: "Secure" | "HttpOnly" | "Partitioned", flagValue: string, explanation: string): AttributeOutcome {
    // §5.6.5-5.6.6: only the name matters; a value such as "Secure=no" still turns the flag on.
    const note = flagValue === "" ? "" : ` The value ${quote(flagValue)} is ignored: ${key} is a flag, so even "${key}=no" turns it on.`;
    return { attribute: { key }, record: record("true", explanation + note) };
  }
}

function sameSite(value: string, record: (effective: string | null, explanation: string) => AttributeRecord, browser: Browser): AttributeOutcome {
  // §5.6.7: None, Strict and Lax match case-insensitively; anything else becomes "Default".
  const lower = value.toLowerCase();
  const enforcement: StoredSameSite = lower === "none" ? "None" : lower === "strict" ? "Strict" : lower === "lax" ? "Lax" : "Default";
  const explanations: Record<StoredSameSite, string> = {
    Strict: "The cookie is never sent with requests that start on another site, not even when following a link to this site.",
    Lax: "The cookie is sent to this site from other sites only on top-level navigations with a safe method such as GET (following a link), never from iframes, images or fetch.",
    None: "The cookie is sent with every request, including from other sites' pages and iframes; Chromium requires Secure with it.",
    Default:
      browser === "chromium"
        ? `SameSite=${quote(value)} is not Strict, Lax or None, so it counts as unspecified: Chromium then treats the cookie as Lax, while Firefox and Safari send it cross-site like None (§5.6.7).`
        : browser === "firefox"
          ? `SameSite=${quote(value)} is not Strict, Lax or None, so it counts as unspecified: ${FIREFOX_MODELLED} then sends it cross-site like None, where Chromium would treat it as Lax (§5.6.7).`
          : `SameSite=${quote(value)} is not Strict, Lax or None, so it counts as unspecified ("Default"), which ${engineName(browser)} restricts like Lax (§5.6.7, §5.7 step 18).`,
  };
  return { attribute: { key: "SameSite", value: enforcement }, record: record(enforcement, explanations[enforcement]) };
}

function unknownExplanation(name: string): string {
  const lower = name.toLowerCase();
  if (lower === "version" || lower === "comment" || lower === "discard" || lower === "commenturl" || lower === "port") {
    return `${name} comes from the obsolete RFC 2965 and is ignored by browsers today.`;
  }
  if (lower === "priority") {
    return "Priority is not in RFC 6265bis; Chromium reads it (Low, Medium, High) only to choose which cookies to evict first when a site has too many.";
  }
  return `Unknown attribute ${quote(name)} is ignored: browsers understand only Expires, Max-Age, Domain, Path, Secure, HttpOnly, SameSite and Partitioned (§5.6 step 7).`;
}

/** "60 seconds", "3600 seconds (1 hour)", "86400 seconds (1 day)". */
export function secondsSpelledOut(seconds: number): string {
  const units: Array<[number, string]> = [
    [86_400, "day"],
    [3_600, "hour"],
    [60, "minute"],
  ];
  for (const [size, unit] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${seconds} seconds (${n} ${unit}${n === 1 ? "" : "s"})`;
    }
  }
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}
