"use client"; // a form that calls the API, links to the attacker's page and feeds the inspectors

import { useEffect, useId } from "react";
import { useChoiceState, useFieldState } from "@/components/ui/use-field-state";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { DEFENCES, SAME_SITE_CHOICES } from "@/lib/api/csrf-choices";
import { ForgedReport, useForgedStep } from "./forged-report";

const SAME_SITE_LABELS: Record<(typeof SAME_SITE_CHOICES)[number], string> = {
  Lax: "SameSite=Lax",
  Strict: "SameSite=Strict",
  None: "SameSite=None (sent from every site)",
  unset: "No SameSite attribute (the browser's default)",
};
const DEFENCE_LABELS: Record<(typeof DEFENCES)[number], string> = {
  none: "None: obey any request that carries the cookie",
  origin: "Origin check: refuse another origin's Origin or Sec-Fetch-Site",
  token: "CSRF token: refuse a request without this page's token",
};
const SAME_SITE_OPTIONS = SAME_SITE_CHOICES.map((v) => [v, SAME_SITE_LABELS[v]] as const);
const DEFENCE_OPTIONS = DEFENCES.map((v) => [v, DEFENCE_LABELS[v]] as const);

/** A demo account whose email another origin's page tries to change, with the defence the learner picks. */
export function CsrfDemo() {
  const id = useId();
  const { steps, call, busy, announcement } = useExchanges();
  const forged = useForgedStep();
  const [sameSite, setSameSite] = useChoiceState(`${id}-samesite`, "Lax", SAME_SITE_CHOICES);
  const [defence, setDefence] = useChoiceState(`${id}-defence`, "none", DEFENCES);
  const [email, setEmail] = useFieldState(`${id}-email`, "me@home.example");

  // The token and the attacker's origin come with every answer of GET and POST /api/csrf.
  const reply = steps.find((s) => s.reply && "attacker" in s.reply)?.reply;
  const token = typeof reply?.token === "string" ? reply.token : null;
  const attacker = typeof reply?.attacker === "string" ? reply.attacker : null;

  const read = () => call("Check my account", "GET", "/api/csrf");
  const start = () => call("Start account", "POST", "/api/csrf", { sameSite, defence });
  const change = () => call("Change email from this page", "POST", "/api/csrf/email", { email, ...(token ? { csrf_token: token } : {}) });
  const clear = () => call("Delete account", "DELETE", "/api/csrf");

  useEffect(() => {
    void read();
    // Once, on arrival: the account as it is now (after a forged request, too).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const attackerUrl =
    attacker && typeof window !== "undefined" ? `${attacker}/api/csrf/attacker?${new URLSearchParams({ lab: window.location.origin })}` : null;

  return (
    <div className="space-y-6">
      {forged && <ForgedReport step={forged} />}
      <form
        className="grid gap-4 rounded-xl border border-stone-200 p-4 sm:grid-cols-2 dark:border-stone-700"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <SelectField id={`${id}-samesite`} label="Your demo cookie" value={sameSite} options={SAME_SITE_OPTIONS} onChange={setSameSite} />
        <SelectField id={`${id}-defence`} label="The server's defence" value={defence} options={DEFENCE_OPTIONS} onChange={setDefence} />
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" variant="primary" disabled={busy}>
            Start account
          </Button>
          <Button onClick={() => void read()} disabled={busy}>
            Check my account
          </Button>
          <Button variant="danger" onClick={() => void clear()} disabled={busy}>
            Delete account
          </Button>
        </div>
        <p className="text-xs text-stone-600 sm:col-span-2 dark:text-stone-400">
          These settings live in your own demo cookie: turning the defence off exposes only this demo account, never the lab&apos;s other routes or anyone else.
        </p>
      </form>
      <form
        className="grid gap-4 rounded-xl border border-stone-200 p-4 sm:grid-cols-2 dark:border-stone-700"
        onSubmit={(e) => {
          e.preventDefault();
          void change();
        }}
      >
        <TextField
          id={`${id}-email`}
          label="New email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          hint="This page sends its CSRF token with it."
          autoComplete="off"
          spellCheck={false}
        />
        <div className="flex flex-wrap items-end gap-2">
          <Button type="submit" disabled={busy}>
            Change email from this page
          </Button>
        </div>
      </form>
      <div className="rounded-xl border border-dashed border-red-400 p-4 text-sm dark:border-red-700">
        <p className="font-medium">Now be the victim</p>
        {attackerUrl ? (
          <p className="mt-1">
            <a href={attackerUrl} className="font-medium text-red-800 underline dark:text-red-200">
              Open the attacker&apos;s page
            </a>{" "}
            at <span className="font-mono">{attacker}</span>, another site to your browser, and press its button. You come back here with the verdict.
          </p>
        ) : (
          <p className="mt-1">
            This lab knows no second origin to serve the attacker&apos;s page from: open it on http://localhost, or set CSRF_ATTACKER_ORIGIN on the server.
          </p>
        )}
      </div>
      <Inspector steps={steps} announcement={announcement} />
    </div>
  );
}
