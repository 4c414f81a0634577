import { BROWSERS, type Browser } from "@/lib/cookie/engines";

/** Everything the explainer's form holds: what a shared link carries in its fragment. */
export interface ExplainForm {
  lines: string;
  url: string;
  requestUrl: string;
  site: "same-site" | "cross-site";
  frame: "top-level" | "iframe";
  thirdPartyCookies: "allowed" | "blocked";
  browser: Browser;
}

const pick = <T extends string>(raw: string | null, values: readonly T[], fallback: T): T => values.find((v) => v === raw) ?? fallback;

/**
 * The form as a URL fragment (`lines=...&url=...`): a fragment, not a query, because it never
 * leaves the browser (the pasted lines may hold real session IDs) and the page stays static.
 */
export function explainFragment(form: ExplainForm): string {
  const params = new URLSearchParams({ lines: form.lines, url: form.url });
  if (form.requestUrl) params.set("request", form.requestUrl);
  if (form.site !== "same-site") params.set("site", form.site);
  if (form.frame !== "top-level") params.set("frame", form.frame);
  if (form.thirdPartyCookies !== "allowed") params.set("third-party", form.thirdPartyCookies);
  if (form.browser !== "chromium") params.set("browser", form.browser);
  return params.toString();
}

/** The form a fragment describes (unknown choices fall back to `defaults`), or null when it holds no lines. */
export function readExplainFragment(hash: string, defaults: ExplainForm): ExplainForm | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const lines = params.get("lines");
  if (!lines) return null;
  return {
    lines,
    url: params.get("url") ?? defaults.url,
    requestUrl: params.get("request") ?? "",
    site: pick(params.get("site"), ["same-site", "cross-site"] as const, "same-site"),
    frame: pick(params.get("frame"), ["top-level", "iframe"] as const, "top-level"),
    thirdPartyCookies: pick(params.get("third-party"), ["allowed", "blocked"] as const, "allowed"),
    browser: pick(params.get("browser"), BROWSERS, "chromium"),
  };
}
