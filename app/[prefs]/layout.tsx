import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { htmlAttributes, parsePrefsSegment, PREFS_SEGMENTS, UI_TEXT } from "@/lib/preferences/preferences";
import { site } from "@/lib/site";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
};

export const dynamicParams = false;

/** Every page is prerendered once per theme and language; proxy.ts picks the variant by cookie. */
export function generateStaticParams() {
  return PREFS_SEGMENTS.map((prefs) => ({ prefs }));
}

/**
 * The theme and lang cookies, as proxy.ts turned them into the [prefs] segment: the first HTML
 * already carries the right theme and language (no flash, no script before paint), and the pages
 * stay static.
 */
export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ prefs: string }> }) {
  const prefs = parsePrefsSegment((await params).prefs);
  if (!prefs) notFound();
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
