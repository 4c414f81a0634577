"use client"; // marks the current page, and closes the narrow-screen menu after a navigation

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import type { Theme } from "@/lib/preferences/preferences";
import type { UiText } from "@/lib/preferences/ui-text";
import { site } from "@/lib/site";
import { currentFor } from "./current-page";
import { HeaderSearch } from "./header-search";
import { ThemeSelect } from "./theme-select";

const LINK =
  "rounded px-3 py-2 hover:bg-cookie-100 aria-[current]:bg-cookie-100 aria-[current]:font-semibold aria-[current]:underline aria-[current]:underline-offset-4 dark:hover:bg-stone-800 dark:aria-[current]:bg-stone-800";

function Links({ text, pathname, className }: { text: UiText["nav"]; pathname: string; className: string }) {
  return (
    <ul className={className}>
      {site.nav.map((item) => (
        <li key={item.href} className="flex">
          <Link href={item.href} aria-current={currentFor(item.href, pathname)} className={`${LINK} grow`}>
            {text[item.key]}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The main navigation: one line of links on a wide screen; below 1024 px a Menu button (a
 * <details>, so it opens before the scripts run) that drops the search box, the links and the theme down.
 */
export function MainNav({ text, theme }: { text: UiText["nav"]; theme: Theme }) {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <div className="flex items-center gap-3">
      <nav aria-label={text.label}>
        <Links text={text} pathname={pathname} className="hidden gap-1 text-sm lg:flex" />
        <details
          ref={menu}
          className="relative lg:hidden"
          onKeyDown={(e) => {
            if (e.key === "Escape" && menu.current?.open) {
              menu.current.open = false;
              menu.current.querySelector("summary")?.focus();
            }
          }}
        >
          <summary className="cursor-pointer list-none rounded-md border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-cookie-100 dark:border-stone-600 dark:hover:bg-stone-800 [&::-webkit-details-marker]:hidden">
            {text.menu} <span aria-hidden="true">▾</span>
          </summary>
          <div className="absolute right-0 z-20 mt-2 w-60 space-y-3 rounded-md border border-stone-200 bg-white p-2 shadow-lg dark:border-stone-700 dark:bg-stone-900">
            <HeaderSearch id="search-menu" place="menu" label={text.search.label} placeholder={text.search.placeholder} />
            <Links text={text} pathname={pathname} className="flex flex-col gap-1 text-sm" />
            <div className="border-t border-stone-200 px-3 pt-3 dark:border-stone-700">
              <ThemeSelect id="theme-menu" theme={theme} text={text} />
            </div>
          </div>
        </details>
      </nav>
      <HeaderSearch id="search-header" place="row" label={text.search.label} placeholder={text.search.placeholder} />
      <div className="hidden lg:block">
        <ThemeSelect id="theme-header" theme={theme} text={text} />
      </div>
    </div>
  );
}
