"use client"; // reads the page's language from LangProvider's context

import { UI_TEXT, type UiText } from "@/lib/preferences/ui-text";
import { useLang } from "./lang-context";

/**
 * The chrome's words in the page's language (lib/preferences/ui-text.ts), for client components.
 * Kept apart from lang-context.tsx, which every page's layout loads, so that the dictionary ships
 * only with the client components that use it (the embed's frame, the preferences demo).
 */
export function useUiText(): UiText {
  return UI_TEXT[useLang()];
}
