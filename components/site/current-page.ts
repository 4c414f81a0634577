import { PREFS_SEGMENTS } from "@/lib/preferences/preferences";

/**
 * The path a visitor sees. Pages are prerendered under a [prefs] segment (proxy.ts rewrites to
 * it), which the server's render sees in its pathname and the browser does not: both must agree.
 */
export function visiblePath(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  return PREFS_SEGMENTS.includes(first ?? "") ? `/${rest.join("/")}` : pathname;
}

/** aria-current for a nav link: "page" on its own page, "true" on a page inside its section. */
export function currentFor(href: string, pathname: string): "page" | "true" | undefined {
  const path = visiblePath(pathname).replace(/(.)\/$/, "$1");
  if (path === href) return "page";
  return href !== "/" && path.startsWith(`${href}/`) ? "true" : undefined;
}
