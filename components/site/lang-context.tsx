"use client"; // client components (the embed's frame, the theme and language controls) read the page's language here

import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "@/lib/preferences/preferences";

const LangContext = createContext<Lang>("en");

/** The language this page variant was rendered in ([prefs] segment), for the client components below it. */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}
