/**
 * RFC 6265bis §5.6: how a browser reads one Set-Cookie line into a name, a value and a
 * cookie-attribute-list, recording each decision in words so the explainer can replay it.
 */
import { engineName, hasQuirk, type Browser } from "./engines";
import { processAttribute, type AttributeKey, type AttributeRecord, type CookieAttribute } from "./attributes";
import { CONTROL_CHARACTER, MAX_ATTRIBUTE_VALUE_OCTETS, MAX_NAME_VALUE_OCTETS, octets } from "./grammar";
import { quote, reason, type Reason } from "./reasons";
import { defaultPath } from "./url-match";

export type ParsedSetCookie = {
  name: string;
  value: string;
  /** The cookie-attribute-list in line order, as §5.6 appends to it. */
  attributeList: CookieAttribute[];
  /** One record per cookie-av written in the line, in order, for display. */
  attributes: AttributeRecord[];
};

export type ParseResult = { ok: true; cookie: ParsedSetCookie; steps: string[] } | { ok: false; reason: Reason; steps: string[] };

export type ParseOptions = {
  /** The clock for Max-Age and the 400-day cap. */
  now: Date;
  /** The path of the URL that sent the line; the default Path comes from it (§5.1.4). */
  requestPath?: string;
  /** Whose parsing rules to follow where engines differ. @default "chromium" */
  browser?: Browser;
};

/**
 * An 8 KB line can hold thousands of attributes; all are processed, but only this many are listed
 * one by one, so an explanation stays readable and its size bounded.
 */
export const MAX_LISTED_ATTRIBUTES = 64;

const isWsp = (c: string) => c === " " || c === "\t";

/**
 * §5.6 steps 4 and 5 of the attribute loop: WSP is space and horizontal tab only. An index scan, not
 * /[ \t]+$/: that regex retries from every space of an inner run ("a", 8,000 spaces, "b"), which is
 * quadratic, and a visitor's line would block the server for everyone.
 */
export function trimWsp(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isWsp(s[start]!)) start++;
  while (end > start && isWsp(s[end - 1]!)) end--;
  return s.slice(start, end);
}

export function parseSetCookie(line: string, options: ParseOptions): ParseResult {
  const steps: string[] = [];

  // §5.6 step 1: a CTL other than tab rejects the whole line (RFC 6265 used to truncate at it).
  const ctl = CONTROL_CHARACTER.exec(line);
  if (ctl) {
    const code = ctl[0].charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
    const msg = `The line contains the control character U+00${code} (character ${ctl.index + 1}), so the browser ignores the whole line.`;
    steps.push(`Line rejected: contains a control character (U+00${code}) (§5.6 step 1).`);
    return { ok: false, reason: reason("DisallowedCharacter", msg), steps };
  }

  // §5.6 step 2: the name-value-pair runs to the first ";"; quotes do not protect a ";".
  const semicolon = line.indexOf(";");
  const pair = semicolon === -1 ? line : line.slice(0, semicolon);
  let unparsed = semicolon === -1 ? "" : line.slice(semicolon);

  // §5.6 step 3: split at the first "="; without one, the whole pair is the value of a nameless cookie.
  const browser = options.browser ?? "chromium";
  const equals = pair.indexOf("=");
  // Firefox keeps the RFC 6265 (2011) reading of a pair without "=": the text is the name, the value
  // is empty (ENGINE_QUIRKS.nameOnlyPair in engines.ts).
  const firefoxNameOnly = equals === -1 && hasQuirk(browser, "nameOnlyPair");
  const name = trimWsp(equals === -1 ? (firefoxNameOnly ? pair : "") : pair.slice(0, equals));
  const value = trimWsp(equals === -1 ? (firefoxNameOnly ? "" : pair) : pair.slice(equals + 1));
  if (firefoxNameOnly) {
    steps.push(
      `No "=" in ${quote(pair)}: ${engineName(browser)} reads it as the name ${quote(name)} with an empty value, where RFC 6265bis makes it a nameless cookie (§5.6 step 3).`,
    );
  } else if (equals === -1) {
    steps.push(`No "=" in ${quote(pair)}: a nameless cookie whose value is ${quote(value)} (§5.6 step 3).`);
  } else {
    steps.push(`Split at the first "=": name ${quote(name)}, value ${quote(value)} (§5.6 steps 3-4).`);
  }

  // §5.6 step 5: name and value together are capped, in octets, not characters.
  const size = octets(name) + octets(value);
  if (size > MAX_NAME_VALUE_OCTETS) {
    const msg = `The name and value together take ${size} bytes, more than the ${MAX_NAME_VALUE_OCTETS} a browser accepts.`;
    steps.push(`Line rejected: name + value is ${size} octets, over ${MAX_NAME_VALUE_OCTETS} (§5.6 step 5).`);
    return { ok: false, reason: reason("NameValuePairExceedsMaxSize", msg), steps };
  }
  if (name === "" && value === "") {
    steps.push("Line rejected: both the name and the value are empty (§5.7 step 2).");
    return { ok: false, reason: reason("NoCookieContent", "The line has neither a name nor a value, so there is no cookie to store."), steps };
  }
  if (name === "") steps.push("Nameless cookie: RFC 6265bis keeps it with an empty name and sends it back as just its value (§5.6 step 3).");

  const ctx = { now: options.now, defaultPath: defaultPath(options.requestPath ?? "/"), browser };
  const attributeList: CookieAttribute[] = [];
  const attributes: AttributeRecord[] = [];
  const owners: Array<{ key: AttributeKey; record: AttributeRecord }> = [];
  let unlisted = 0;
  const list = (record: AttributeRecord, step: string) => {
    if (attributes.length >= MAX_LISTED_ATTRIBUTES) {
      unlisted++;
      return;
    }
    attributes.push(record);
    steps.push(step);
  };

  // §5.6 attribute loop: each ";"-separated cookie-av, split at its first "=".
  while (unparsed !== "") {
    unparsed = unparsed.slice(1);
    const next = unparsed.indexOf(";");
    const av = next === -1 ? unparsed : unparsed.slice(0, next);
    unparsed = next === -1 ? "" : unparsed.slice(next);
    const eq = av.indexOf("=");
    const attrName = trimWsp(eq === -1 ? av : av.slice(0, eq));
    const raw = eq === -1 ? null : trimWsp(av.slice(eq + 1));
    if (attrName === "" && !raw) continue;

    // §5.6 step 6 of the loop: an over-long attribute value is dropped, not truncated.
    if (raw !== null && octets(raw) > MAX_ATTRIBUTE_VALUE_OCTETS) {
      const explanation = `Ignored: the value is ${octets(raw)} bytes, longer than the ${MAX_ATTRIBUTE_VALUE_OCTETS} a browser reads for one attribute.`;
      list(
        { name: attrName, raw, effective: null, explanation, ignored: true },
        `Attribute ${quote(attrName)} ignored: value longer than ${MAX_ATTRIBUTE_VALUE_OCTETS} octets (§5.6).`,
      );
      continue;
    }
    const { attribute, record } = processAttribute(attrName, raw, ctx);
    if (attribute) {
      attributeList.push(attribute);
      owners.push({ key: attribute.key, record });
      list(record, `Attribute ${attribute.key} read as ${quote(record.effective ?? "")}.`);
    } else {
      list(record, `Attribute ${quote(attrName)} ignored: ${record.explanation.replace(/^Ignored: /, "")}`);
    }
  }
  if (unlisted > 0) steps.push(`${unlisted} more attributes were processed the same way but are not listed one by one.`);

  markOverridden(owners, new Set(attributes), steps);
  return { ok: true, cookie: { name, value, attributeList, attributes }, steps };
}

/**
 * §5.7 reads the last attribute of each kind, and Max-Age beats Expires (§5.7 step 6), so the
 * earlier duplicates and a losing Expires are shown as ignored.
 */
function markOverridden(owners: Array<{ key: AttributeKey; record: AttributeRecord }>, listed: Set<AttributeRecord>, steps: string[]): void {
  const last = new Map<AttributeKey, AttributeRecord>();
  for (const { key, record } of owners) last.set(key, record);
  for (const { key, record } of owners) {
    if (last.get(key) === record) continue;
    record.ignored = true;
    record.explanation = `Overridden: a later ${key} attribute in the same line wins. ${record.explanation}`;
    if (listed.has(record)) steps.push(`Last ${key} wins: ${key}=${quote(record.raw ?? "")} is overridden (§5.7).`);
  }
  const maxAge = last.get("Max-Age");
  const expires = last.get("Expires");
  if (maxAge && expires) {
    expires.ignored = true;
    expires.explanation = `Not used: Max-Age is also set and wins over Expires. ${expires.explanation}`;
    maxAge.explanation = `Max-Age=${maxAge.effective} wins over Expires: ${maxAge.explanation.replace(/^The cookie/, "the cookie")}`;
    steps.push("Max-Age and Expires are both present: Max-Age wins (§5.7 step 6).");
  }
}

/** The expiry the storage model uses (§5.7 step 6): the last Max-Age, else the last Expires, else none. */
export function expiryOf(list: CookieAttribute[]): Date | null {
  let expires: Date | null = null;
  let maxAge: Date | null = null;
  for (const a of list) {
    if (a.key === "Max-Age") maxAge = a.expiry;
    if (a.key === "Expires") expires = a.expiry;
  }
  return maxAge ?? expires;
}

/** The value of the last attribute of that kind in the cookie-attribute-list, as §5.7 reads it. */
export function lastOf<K extends AttributeKey>(list: CookieAttribute[], key: K): Extract<CookieAttribute, { key: K }> | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i]!;
    if (a.key === key) return a as Extract<CookieAttribute, { key: K }>;
  }
  return undefined;
}
