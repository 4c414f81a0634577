import { Button } from "@/components/ui/button";
import { useRawCookieAttributes } from "@/components/embed/use-cookie-attributes";
import type { Step } from "@/components/inspector/types";

type Call = (label: string, method: string, path: string, body?: unknown) => Promise<Step>;

/** Part 1: the same kind of cookie, once without Max-Age (a "session cookie") and once with it. */
export function CookieLifetimes({ call, busy, headingId }: { call: Call; busy: boolean; headingId: string }) {
  const attributes = useRawCookieAttributes();
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-700">
      <h2 id={headingId} className="text-lg font-semibold">
        1. How long the browser keeps a cookie
      </h2>
      <p className="max-w-3xl text-sm text-stone-700 dark:text-stone-300">
        A cookie without Expires or Max-Age is called a <em>session cookie</em>: the browser forgets it when you close it. That is all the word means here: it
        is not a server session, and it holds no session ID unless someone puts one in it.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={busy}
          onClick={() => void call("Set a session cookie", "POST", "/api/cookies", { name: "lifetime_session", value: "1", ...attributes })}
        >
          Set a session cookie (no Max-Age)
        </Button>
        <Button
          disabled={busy}
          onClick={() => void call("Set a persistent cookie", "POST", "/api/cookies", { name: "lifetime_persistent", value: "1", ...attributes, maxAge: 600 })}
        >
          Set a persistent cookie (Max-Age=600)
        </Button>
      </div>
    </section>
  );
}
