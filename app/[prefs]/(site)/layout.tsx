import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { parsePrefsSegment, UI_TEXT } from "@/lib/preferences/preferences";

/** The site's chrome around every page but the embeds: skip link, header, main, footer. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ prefs: string }> }) {
  const prefs = parsePrefsSegment((await params).prefs);
  const text = UI_TEXT[prefs?.lang ?? "en"];
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
        {text.skipToContent}
      </a>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
