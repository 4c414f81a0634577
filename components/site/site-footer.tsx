import Link from "next/link";
import { ResetLabCookies } from "./reset-lab-cookies";
import type { UiText } from "@/lib/preferences/ui-text";

export function SiteFooter({ text }: { text: UiText }) {
  return (
    <footer className="border-t border-stone-200 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-6 sm:px-6">
        <div className="space-y-2">
          <p>{text.footer.privacy}</p>
          <ResetLabCookies label={text.footer.reset} />
        </div>
        <nav aria-label={text.footer.study.label} className="w-full sm:order-last">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/glossary" className="underline underline-offset-4">
                {text.footer.study.glossary}
              </Link>
            </li>
            <li>
              <Link href="/cheat-sheet" className="underline underline-offset-4">
                {text.footer.study.cheatSheet}
              </Link>
            </li>
            <li>
              <Link href="/search" className="underline underline-offset-4">
                {text.footer.study.search}
              </Link>
            </li>
          </ul>
        </nav>
        <p>
          {text.footer.rulesBefore}
          <abbr title={text.footer.rulesAbbrTitle}>RFC 6265bis</abbr>
          {text.footer.rulesAfter}
        </p>
      </div>
    </footer>
  );
}
