import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { htmlAttributes, readPreferences, UI_TEXT } from "@/lib/preferences/preferences";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
};

/**
 * Reads the theme and lang cookies on the server, so the first HTML already carries the right
 * theme and language: no flash of the wrong theme, no script before paint. This makes every
 * page render per request, which a site that honours preference cookies has to do.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const jar = await cookies();
  const prefs = readPreferences((name) => jar.get(name)?.value);
  const text = UI_TEXT[prefs.lang];
  return (
    <html {...htmlAttributes(prefs)}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
          {text.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
