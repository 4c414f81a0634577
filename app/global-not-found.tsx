import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { SkipLink } from "@/components/site/skip-link";
import { UI_TEXT } from "@/lib/preferences/ui-text";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = { title: `Page not found · ${site.name}` };

/**
 * Any URL that matches no route. The root layout sits under the [prefs] segment, so Next.js's own
 * 404 page would have no chrome at all (next.config.ts turns this file on). Without the segment
 * the theme cookie is unknown here: the page follows the device's colour scheme.
 */
export default function GlobalNotFound() {
  const text = UI_TEXT.en;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SkipLink label={text.skipToContent} />
        <SiteHeader text={text} theme="system" />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
          <NotFoundContent />
        </main>
        <SiteFooter text={text} />
      </body>
    </html>
  );
}
