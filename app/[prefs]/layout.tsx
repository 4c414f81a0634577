import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { HydrationMark } from "@/components/site/hydration-mark";
import { LangProvider } from "@/components/site/lang-context";
import { htmlAttributes, langOfSegment, parsePrefsSegment, PREFS_SEGMENTS } from "@/lib/preferences/preferences";
import { UI_TEXT } from "@/lib/preferences/ui-text";
import { site } from "@/lib/site";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ prefs: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const text = UI_TEXT[langOfSegment((await params).prefs)];
  return { title: { default: text.siteTitle, template: `%s · ${site.name}` }, description: text.siteDescription };
}

export const dynamicParams = false;

/** Every page is prerendered once per theme and language; proxy.ts picks the variant by cookie. */
export function generateStaticParams() {
  return PREFS_SEGMENTS.map((prefs) => ({ prefs }));
}

/**
 * The theme and lang cookies, as proxy.ts turned them into the [prefs] segment: the first HTML
 * already carries the right theme and language (no flash, no script before paint), and the pages
 * stay static. Only <html> and <body> here: the site's chrome is in (site)/layout.tsx, and the
 * embed pages (embed/[id]) have none.
 */
export default async function RootLayout({ children, params }: Props) {
  const prefs = parsePrefsSegment((await params).prefs);
  if (!prefs) notFound();
  return (
    <html {...htmlAttributes(prefs)}>
      <body className="flex min-h-screen flex-col">
        <LangProvider lang={prefs.lang}>{children}</LangProvider>
        <HydrationMark />
      </body>
    </html>
  );
}
