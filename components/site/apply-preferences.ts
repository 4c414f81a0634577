import { htmlAttributes, type Preferences } from "@/lib/preferences/preferences";

/** Mirrors on the live page what the server will render from the cookies on the next load. */
export function applyPreferences(p: Preferences): void {
  const root = document.documentElement;
  const attrs = htmlAttributes(p);
  root.lang = attrs.lang;
  root.classList.remove("light", "dark");
  if (attrs.className) root.classList.add(attrs.className);
  if (attrs["data-theme"]) root.dataset.theme = attrs["data-theme"];
  else delete root.dataset.theme;
}

/** What the server rendered on <html> for this page load, as a learner would read it in the source. */
export function renderedHtmlTag(): string {
  const root = document.documentElement;
  const parts = [`lang="${root.lang}"`];
  if (root.classList.contains("dark") || root.classList.contains("light")) parts.push(`class="${root.classList.contains("dark") ? "dark" : "light"}"`);
  if (root.dataset.theme) parts.push(`data-theme="${root.dataset.theme}"`);
  return `<html ${parts.join(" ")}>`;
}
