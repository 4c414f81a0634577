"use client"; // edits cookies through document.cookie and calls the API

import { useId, useState } from "react";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { liveValue } from "@/components/ui/use-field-state";
import { LAB_TTL_SECONDS } from "@/lib/api/tamper/lab-names";
import type { Mechanism } from "@/lib/mechanisms";
import type { Verdict } from "@/lib/exchange/server-state";
import { usePageCookieWriter } from "@/components/embed/use-cookie-attributes";
import { isCookieValue, pageCookieValue } from "../page-cookie";
import { LabCard } from "./lab-card";
import { LAB_CARDS } from "./lab-mechanisms";

type Values = Record<Mechanism, string>;
const EMPTY: Values = { cookie: "", sealed: "", jwt: "", server: "" };

/** The four lab cookies as this page's JavaScript reads them. */
function readLabCookies(): Values {
  return Object.fromEntries(LAB_CARDS.map((c) => [c.mechanism, pageCookieValue(document.cookie, c.cookie) ?? ""])) as Values;
}

export function TamperDemo() {
  const id = useId();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  // What a learner typed into a card before the scripts ran (use-field-state.ts), else nothing yet.
  const [values, setValues] = useState<Values>(
    () => Object.fromEntries(LAB_CARDS.map((c) => [c.mechanism, liveValue(`${id}-${c.mechanism}-value`) ?? ""])) as Values,
  );
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);
  const [notice, setNotice] = useState("");
  const writePageCookie = usePageCookieWriter();

  const issue = async () => {
    const step = await call("Issue the four cookies", "POST", "/api/tamper");
    setVerdicts([]);
    if (step.status === 200) setValues(readLabCookies());
    setNotice(step.status === 200 ? "Four lab cookies issued, each saying user ada, role user. Edit them, then ask who you are." : "");
  };

  const ask = async () => {
    const bad = LAB_CARDS.find((c) => !isCookieValue(values[c.mechanism]));
    if (bad) {
      setNotice(`The ${bad.title} value has a character a cookie cannot hold (space, ; , " or \\), so nothing was written. Remove it and try again.`);
      return;
    }
    // What a user can do in the devtools: overwrite a readable cookie with any value.
    for (const c of LAB_CARDS) writePageCookie(c.cookie, values[c.mechanism], { maxAge: LAB_TTL_SECONDS, sameSite: "Strict" });
    const step = await call("Who am I?", "GET", "/api/tamper");
    const server = step.exchange?.server;
    const got = server && "verdicts" in server ? server.verdicts : [];
    setVerdicts(got);
    setNotice(
      got.length ? `Server verdicts: ${got.map((v) => `${LAB_CARDS.find((c) => c.mechanism === v.mechanism)?.title}: ${v.headline}`).join(". ")}.` : "",
    );
  };

  const reset = async () => {
    await call("Reset the lab", "DELETE", "/api/tamper");
    setValues(EMPTY);
    setVerdicts([]);
    setNotice("The lab session is deleted and the four lab cookies are cleared.");
  };

  return (
    <div className="space-y-6">
      <p className="max-w-3xl rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        The real session cookies of this site are HttpOnly, so page JavaScript cannot touch them. This lab issues four <em>separate</em> cookies without
        HttpOnly, made with the same libraries, so this page can edit them through <code className="font-mono">document.cookie</code>, just as you could in your
        browser&apos;s devtools (Application, Cookies).
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => void issue()} disabled={busy}>
          Issue the four cookies
        </Button>
        <Button onClick={() => void ask()} disabled={busy} aria-describedby={`${id}-ask-hint`}>
          Ask the server: who am I?
        </Button>
        <Button variant="danger" onClick={() => void reset()} disabled={busy}>
          Reset the lab
        </Button>
      </div>
      <p id={`${id}-ask-hint`} className="-mt-4 text-xs text-stone-600 dark:text-stone-400">
        Asking first writes the four values below into the cookies, then sends GET /api/tamper.
      </p>
      <p role="status" aria-live="polite" data-testid="tamper-notice" className="min-h-5 text-sm">
        {notice}
      </p>
      <ActionStatus exchanges={exchanges} />
      <div className="grid gap-3 @2xl:grid-cols-2 @6xl:grid-cols-4">
        {LAB_CARDS.map((c) => (
          <LabCard
            key={c.mechanism}
            id={`${id}-${c.mechanism}`}
            info={c}
            value={values[c.mechanism]}
            onChange={(v) => setValues((prev) => ({ ...prev, [c.mechanism]: v }))}
            verdict={verdicts.find((v) => v.mechanism === c.mechanism)}
            disabled={busy}
          />
        ))}
      </div>
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
