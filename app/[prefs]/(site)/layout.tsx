import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SecureCookieCheck } from "@/components/site/secure-cookie-check";
import { SiteHeader } from "@/components/site/site-header";
import { SkipLink } from "@/components/site/skip-link";
import { DEFAULT_PREFERENCES, parsePrefsSegment } from "@/lib/preferences/preferences";
import { UI_TEXT } from "@/lib/preferences/ui-text";

/** The site's chrome around every page but the embeds: skip link, header, main, footer. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ prefs: string }> }) {
  const prefs = parsePrefsSegment((await params).prefs) ?? DEFAULT_PREFERENCES;
  const text = UI_TEXT[prefs.lang];
  return (
    <>
      <SkipLink label={text.skipToContent} />
      <SiteHeader text={text} theme={prefs.theme} />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
        {text.contentNote && (
          <p
            data-testid="content-note"
            className="mb-6 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
          >
            {text.contentNote}
          </p>
        )}
        {children}
      </main>
      <SiteFooter text={text} />
      <SecureCookieCheck />
    </>
  );
}
