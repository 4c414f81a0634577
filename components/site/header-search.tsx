"use client"; // "/" focuses the box, and on /search the box and the page's own box keep one query

import { usePathname } from "next/navigation";
import { useEffect, useRef, type FormEvent } from "react";
import { announceSearchQuery, followSearchQuery } from "@/components/study/search-query";

/** A key pressed in a field types there: "/" is then a character, not the shortcut. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

interface Props {
  id: string;
  label: string;
  placeholder: string;
  /**
   * "row": the wide header's copy, which shows the "/" shortcut. Between 1024 and 1280 px the row
   * has no room for a whole box beside the links (in French least of all): there it is a 36 px box
   * with the magnifier, widening over the links while it has the focus. "menu": the narrow menu's.
   */
  place: "row" | "menu";
}

const BOX =
  "w-full rounded-md border border-stone-300 bg-white py-1.5 pl-8 pr-3 text-sm placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:placeholder:text-stone-400";
/** Per place: the form's room in the row, the box inside it, and the input in the box. */
const PLACE = {
  row: {
    form: "hidden h-9 w-9 lg:block xl:h-auto xl:w-56",
    box: "absolute right-0 top-0 z-10 w-9 transition-[width] focus-within:w-56 motion-reduce:transition-none xl:relative xl:w-full",
    input: "placeholder:opacity-0 focus:placeholder:opacity-100 xl:placeholder:opacity-100",
  },
  menu: { form: "", box: "relative", input: "" },
};

/**
 * The header's search: a GET form to /search?q=…, so it works before and without the scripts.
 * With them, "/" focuses it (opening the narrow-screen menu it sits in), and on /search it shows
 * the page's query and hands its own to the page's box instead of reloading the page.
 */
export function HeaderSearch({ id, label, placeholder, place }: Props) {
  const pathname = usePathname();
  const input = useRef<HTMLInputElement>(null);
  const onSearchPage = pathname === "/search";

  useEffect(() => {
    if (input.current) input.current.value = onSearchPage ? (new URLSearchParams(window.location.search).get("q") ?? "") : "";
    if (!onSearchPage) return;
    return followSearchQuery("header", (q) => {
      if (input.current && document.activeElement !== input.current) input.current.value = q;
    });
  }, [pathname, onSearchPage]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typingIn(e.target)) return;
      const box = input.current;
      const menu = box?.closest("details");
      // Only the copy on screen answers: the row's on a wide screen, the menu's on a narrow one.
      if (!box || (menu ?? box).getClientRects().length === 0) return;
      e.preventDefault();
      if (menu) menu.open = true;
      box.focus();
      box.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    if (!onSearchPage) return; // the GET to /search?q=…, as without scripts
    e.preventDefault();
    announceSearchQuery(input.current?.value ?? "", "header");
    const menu = input.current?.closest("details");
    if (menu?.open) {
      menu.open = false; // the results, under the menu, come into view
      menu.querySelector("summary")?.focus();
    }
  };

  return (
    <form role="search" aria-label={label} action="/search" method="get" onSubmit={onSubmit} className={`relative ${PLACE[place].form}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className={PLACE[place].box}>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-stone-500 dark:text-stone-400"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" />
        </svg>
        <input
          ref={input}
          id={id}
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-keyshortcuts="/"
          placeholder={placeholder}
          className={`peer ${BOX} ${PLACE[place].input}`}
        />
        {place === "row" && (
          <kbd
            aria-hidden="true"
            className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-stone-300 px-1.5 font-sans text-xs text-stone-600 xl:block xl:peer-focus:hidden xl:peer-[:not(:placeholder-shown)]:hidden dark:border-stone-600 dark:text-stone-400"
          >
            /
          </kbd>
        )}
      </div>
    </form>
  );
}
