import Link from "next/link";
import type { UiText } from "@/lib/preferences/ui-text";
import { site } from "@/lib/site";

export function SiteHeader({ text }: { text: UiText }) {
  return (
    <header className="border-b border-stone-200 bg-cookie-50 dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full bg-cookie-600 shadow-inner ring-4 ring-cookie-100 dark:ring-stone-800" />
          {site.name}
        </Link>
        <nav aria-label={text.nav.label}>
          <ul className="flex flex-wrap gap-1 text-sm">
            {site.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-3 py-2 hover:bg-cookie-100 dark:hover:bg-stone-800">
                  {text.nav[item.key]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
