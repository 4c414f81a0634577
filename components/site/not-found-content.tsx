import Link from "next/link";
import { demoMetas } from "@/components/demos/metas";
import { site } from "@/lib/site";
import { UI_TEXT } from "@/lib/preferences/ui-text";

const LINK = "font-medium text-cookie-700 underline underline-offset-4 dark:text-amber-300";

/**
 * What a visitor sees at a URL the lab does not have: the way back, and every demo, since a
 * mistyped /demos/<id> is the likeliest way here. In English: a 404 knows no [prefs] segment.
 */
export function NotFoundContent() {
  const nav = UI_TEXT.en.nav;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="text-stone-700 dark:text-stone-300">
        The lab has no page at this address (the server answered 404 Not Found). It may have been mistyped, or a link pointed to a demo or lesson under another
        name.
      </p>
      <section aria-labelledby="not-found-pages" className="space-y-2">
        <h2 id="not-found-pages" className="text-xl font-semibold">
          Where to go
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {site.nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className={LINK}>
                {nav[item.key]}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="not-found-demos" className="space-y-2">
        <h2 id="not-found-demos" className="text-xl font-semibold">
          The demos
        </h2>
        <ul className="grid gap-1 sm:grid-cols-2">
          {demoMetas.map((demo) => (
            <li key={demo.id}>
              <Link href={`/demos/${demo.id}`} className={LINK}>
                {demo.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
