import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { liveValue } from "@/components/ui/use-field-state";
import { cookieValueProblem } from "@/lib/validations/cookie-fields";

/** What the user can do to each cart: rewrite the raw cookie at will; the session only by its ID. */
export function EditPanel({
  cart,
  onEditCart,
  onEditSession,
  sessionReady,
  outcome,
  busy,
}: {
  cart: string;
  onEditCart: (value: string) => void;
  onEditSession: () => void;
  sessionReady: boolean;
  outcome: string;
  busy: boolean;
}) {
  const id = useId();
  // null follows the cart; an edit made before the page's JavaScript ran is kept (use-field-state.ts).
  const [draft, setDraft] = useState<string | null>(() => liveValue(`${id}-cart`) || null);
  const value = draft ?? cart;
  const problem = cookieValueProblem(value);
  const bad = problem !== null;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-700">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        What the user can do to each
      </h2>
      <form
        className="grid gap-2 @xl:grid-cols-[1fr_auto] @xl:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          if (!bad) {
            onEditCart(value);
            setDraft(null);
          }
        }}
      >
        <div className="min-w-0">
          <TextField
            id={`${id}-cart`}
            label="The raw cart cookie, as the user sees it in DevTools"
            value={value}
            onChange={(e) => setDraft(e.target.value)}
            hint="Items joined by dots, e.g. tea.tea.jam. Any user can rewrite it."
            error={problem}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <Button type="submit" disabled={busy || bad} why={problem ?? undefined}>
          Save my edit to the cookie
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={onEditSession} disabled={busy || !sessionReady} why={sessionReady ? undefined : "Add an item first, so there is a session."}>
          Try to overwrite the session cookie from JavaScript
        </Button>
        {!sessionReady && <span className="text-xs text-stone-600 dark:text-stone-400">Add an item first, so there is a session.</span>}
      </div>
      <p className="text-sm" data-testid="edit-outcome">
        {outcome}
      </p>
    </section>
  );
}
