import Link from "next/link";
import type { Theme } from "@/lib/preferences/preferences";
import type { UiText } from "@/lib/preferences/ui-text";
import { site } from "@/lib/site";
import { MainNav } from "./main-nav";

/** The site's name, the main navigation and the theme control, on one line at every width. */
export function SiteHeader({ text, theme }: { text: UiText; theme: Theme }) {
  return (
    <header className="border-b border-stone-200 bg-cookie-50 dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-2 text-lg font-semibold tracking-tight">
          <span
            aria-hidden="true"
            className="inline-block h-6 w-6 shrink-0 rounded-full bg-cookie-600 shadow-inner ring-4 ring-cookie-100 dark:ring-stone-800"
          />
          {site.name}
        </Link>
        <MainNav text={text.nav} theme={theme} />
      </div>
    </header>
  );
}
