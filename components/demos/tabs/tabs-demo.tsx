"use client"; // reads sessionStorage and calls the API from this tab

import { useEffect, useId } from "react";
import { useFieldState } from "@/components/ui/use-field-state";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTabLabel } from "./use-tab-label";

export function TabsDemo() {
  const id = useId();
  const label = useTabLabel();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const [note, setNote] = useFieldState(`${id}-note`, "hello from the first tab");

  // Each tab reads the shared session once when it opens, so the second tab starts with what the first wrote.
  useEffect(() => {
    void call("Read the session", "GET", "/api/session");
  }, [call]);

  const latest = steps.find((s) => s.exchange?.request.url.includes("/api/session"));
  const server = latest?.exchange?.server;
  const session = server && "session" in server ? server.session : undefined;

  return (
    <div className="space-y-6">
      <div className="grid gap-4 @2xl:grid-cols-2">
        <section aria-labelledby={`${id}-tab`} className="rounded-xl border border-stone-200 p-4 dark:border-stone-700">
          <h2 id={`${id}-tab`} className="text-lg font-semibold">
            Per tab: sessionStorage
          </h2>
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">This label is kept in sessionStorage, which each tab has to itself.</p>
          <p className="mt-3 font-mono text-xl font-semibold" data-testid="tab-label">
            {label ?? "…"}
          </p>
          <a
            href="/demos/tabs"
            target="_blank"
            rel="noopener noreferrer"
            className="mt-4 inline-block rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800"
          >
            Open in a second tab<span className="sr-only"> (opens a new tab)</span>
          </a>
        </section>
        <section aria-labelledby={`${id}-shared`} className="rounded-xl border border-stone-200 p-4 dark:border-stone-700">
          <h2 id={`${id}-shared`} className="text-lg font-semibold">
            Shared by every tab: the session
          </h2>
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            Every tab sends the same session cookie, so the server holds one session for all of them.
          </p>
          <pre
            className="mt-3 rounded bg-stone-100 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-stone-800"
            data-testid="shared-session"
            aria-label="Session data on the server"
          >
            {session ? JSON.stringify(session.data, null, 2) : "No session yet: write a note to start one."}
          </pre>
          <form
            className="mt-3 space-y-2"
            onSubmit={(e) => {
              e.preventDefault();
              void call("Write the note", "POST", "/api/session", { note, writtenBy: label ?? "a tab" });
            }}
          >
            <TextField id={`${id}-note`} label="Note" value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" maxLength={200} />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="primary" disabled={busy || !note} why={note ? undefined : "Type a note first."}>
                Write the note to the session
              </Button>
              <Button disabled={busy} onClick={() => void call("Read the session", "GET", "/api/session")}>
                Read the session
              </Button>
            </div>
            <ActionStatus exchanges={exchanges} />
          </form>
        </section>
      </div>
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
