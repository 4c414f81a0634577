"use client"; // a form whose result depends on what the learner types

import { useEffect, useId, useState } from "react";
import { liveRadio, useChoiceState, useFieldState } from "@/components/ui/use-field-state";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { BROWSER_LABELS, BROWSERS, engineName, type Browser } from "@/lib/cookie/engines";
import { compareEngines, type AcrossLine, type ExplainResult } from "@/lib/cookie/explain";
import { pastedSetCookieLines, strippedNote } from "@/lib/cookie/pasted-lines";
import { explainFragment, readExplainFragment, type ExplainForm } from "./fragment";
import { EngineDisagreement } from "./engine-disagreement";
import { EXPLAIN_EXAMPLES } from "./examples";
import { ExplainedCookie } from "./explained-cookie";

// Each select's [value, label] pairs; the values are also what its state may hold.
const SITE_OPTIONS = [
  ["same-site", "same-site"],
  ["cross-site", "cross-site"],
] as const;
const FRAME_OPTIONS = [
  ["top-level", "a top-level page"],
  ["iframe", "inside an iframe"],
] as const;
// As of December 2026. For Firefox, "allowed" is its default, which partitions them (Total Cookie Protection).
const THIRD_PARTY_OPTIONS = [
  ["allowed", "allowed (Chrome's default; Firefox partitions them)"],
  ["blocked", "blocked (Safari; Chrome Incognito)"],
] as const;
/** The two engines compared side by side whenever they disagree on a line. */
const COMPARED: readonly Browser[] = ["chromium", "firefox"];
const SITES = SITE_OPTIONS.map(([value]) => value);
const FRAMES = FRAME_OPTIONS.map(([value]) => value);
const THIRD_PARTY = THIRD_PARTY_OPTIONS.map(([value]) => value);
type Site = (typeof SITES)[number];
type Frame = (typeof FRAMES)[number];
type ThirdPartyCookies = (typeof THIRD_PARTY)[number];

export function ExplainTool() {
  const id = useId();
  const first = EXPLAIN_EXAMPLES[0];
  const [lines, setLines] = useFieldState(`${id}-lines`, first.lines.join("\n"));
  const [url, setUrl] = useFieldState(`${id}-url`, first.url);
  const [requestUrl, setRequestUrl] = useFieldState(`${id}-request`, "");
  const [site, setSite] = useChoiceState<Site>(`${id}-site`, "same-site", SITES);
  const [frame, setFrame] = useChoiceState<Frame>(`${id}-frame`, "top-level", FRAMES);
  const [thirdPartyCookies, setThirdPartyCookies] = useChoiceState<ThirdPartyCookies>(`${id}-third-party`, "allowed", THIRD_PARTY);
  const [browser, setBrowser] = useState<Browser>(() => liveRadio(`${id}-browser`, BROWSERS) ?? "chromium");
  const [result, setResult] = useState<ExplainResult | null>(null);
  const [shownFor, setShownFor] = useState<Browser>("chromium");
  const [disagreements, setDisagreements] = useState<Map<number, AcrossLine>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current: ExplainForm = { lines, url, requestUrl, site, frame, thirdPartyCookies, browser };

  async function explainFor(body: object, engine: Browser): Promise<{ ok: true; result: ExplainResult } | { ok: false; message: string }> {
    const withBrowser = { ...body, context: { ...(body as { context: object }).context, browser: engine } };
    const res = await fetch("/api/explain", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(withBrowser) }).catch(
      () => null,
    );
    const json = res ? await res.json().catch(() => null) : null;
    if (res?.ok && json) return { ok: true, result: { cookies: json.cookies, cookieHeader: json.cookieHeader } };
    return { ok: false, message: json?.error?.message ?? "The explainer did not answer. Is the server running?" };
  }

  /** Explains `form` (by default what the fields hold) and puts it in the URL's fragment, so a link reproduces it. */
  async function explain(form: ExplainForm = current) {
    const pasted = pastedSetCookieLines(form.lines);
    setNote(strippedNote(pasted));
    if (pasted.lines.length === 0) {
      setResult(null);
      setError(null);
      return;
    }
    setBusy(true);
    // One clock for every engine, so a line near an expiry gets the same verdict from each.
    const body = {
      setCookie: pasted.lines,
      url: form.url,
      ...(form.requestUrl ? { requestUrl: form.requestUrl } : {}),
      now: new Date().toISOString(),
      context: { site: form.site, frame: form.frame, thirdPartyCookies: form.thirdPartyCookies },
    };
    const engines = [...new Set<Browser>([form.browser, ...COMPARED])];
    const answers = await Promise.all(engines.map((engine) => explainFor(body, engine)));
    const failed = answers.find((a) => !a.ok);
    if (failed && !failed.ok) {
      setResult(null);
      setDisagreements(new Map());
      setError(failed.message);
    } else {
      const results = engines.map((engine, i) => ({ browser: engine, result: (answers[i] as { ok: true; result: ExplainResult }).result }));
      setResult(results[0]!.result);
      setShownFor(form.browser);
      const compared = compareEngines(results.filter((r) => COMPARED.includes(r.browser)));
      setDisagreements(new Map(compared.lines.flatMap((line, i) => (line.disagree ? [[i, line] as const] : []))));
      setError(null);
      window.history.replaceState(null, "", `#${explainFragment(form)}`);
    }
    setBusy(false);
  }

  /** Fills the form and explains it at once: an example, or a shared link's fragment. */
  function show(form: ExplainForm) {
    setLines(form.lines);
    setUrl(form.url);
    setRequestUrl(form.requestUrl);
    setSite(form.site);
    setFrame(form.frame);
    setThirdPartyCookies(form.thirdPartyCookies);
    setBrowser(form.browser);
    void explain(form);
  }

  // A shared link (#lines=...&url=...) opens on its result, and so does a fragment pasted into the
  // address bar later (hashchange). Read after hydration: the fragment never reaches the server,
  // so the static HTML cannot hold it, and the form's state can only follow it here.
  useEffect(() => {
    const open = () => {
      const shared = readExplainFragment(window.location.hash, current);
      if (shared) show(shared);
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on load
  }, []);

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void explain();
        }}
      >
        <fieldset>
          <legend className="text-sm font-medium">Examples</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {EXPLAIN_EXAMPLES.map((ex) => (
              <Button
                key={ex.label}
                className="text-xs"
                disabled={busy}
                onClick={() => show({ ...current, lines: ex.lines.join("\n"), url: ex.url, requestUrl: "" })}
              >
                {ex.label}
              </Button>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-lines`} className="text-sm font-medium">
            Set-Cookie lines, one per line
          </label>
          <textarea
            id={`${id}-lines`}
            aria-describedby={`${id}-lines-hint`}
            rows={6}
            value={lines}
            onChange={(e) => setLines(e.target.value)}
            spellCheck={false}
            className="rounded-md border border-stone-300 bg-white p-2 font-mono text-sm dark:border-stone-600 dark:bg-stone-900"
          />
          <p id={`${id}-lines-hint`} className="text-xs text-stone-600 dark:text-stone-400">
            As copied from DevTools or <code>curl -i</code>: a leading &ldquo;Set-Cookie:&rdquo; is taken off.
          </p>
        </div>
        <TextField id={`${id}-url`} label="Received from (URL of the response)" value={url} onChange={(e) => setUrl(e.target.value)} spellCheck={false} />
        <TextField
          id={`${id}-request`}
          label="Next request to (URL)"
          placeholder="the same URL"
          hint="The Cookie header is computed for this URL."
          value={requestUrl}
          onChange={(e) => setRequestUrl(e.target.value)}
          spellCheck={false}
        />
        <fieldset>
          <legend className="text-sm font-medium">Browser</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {BROWSERS.map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`${id}-browser`}
                  value={value}
                  checked={browser === value}
                  onChange={() => setBrowser(value)}
                  className="accent-cookie-700"
                />
                {BROWSER_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid grid-cols-2 gap-4">
          <SelectField id={`${id}-site`} label="The request is" value={site} onChange={setSite} options={SITE_OPTIONS} />
          <SelectField id={`${id}-frame`} label="The page is" value={frame} onChange={setFrame} options={FRAME_OPTIONS} />
          {/* Only a cross-site iframe is a third-party context; elsewhere this changes nothing. */}
          <SelectField
            className="col-span-2"
            id={`${id}-third-party`}
            label="Third-party cookies"
            value={thirdPartyCookies}
            onChange={setThirdPartyCookies}
            options={THIRD_PARTY_OPTIONS}
          />
        </div>
        <Button type="submit" variant="primary" disabled={busy}>
          Explain
        </Button>
      </form>
      <section aria-labelledby={`${id}-result`} aria-live="polite">
        <h2 id={`${id}-result`} className="text-lg font-semibold">
          What the browser does
        </h2>
        {result && (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300" data-testid="explained-for">
            As {engineName(shownFor)} would.
          </p>
        )}
        {error && (
          <p role="alert" className="mt-2 rounded bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
            {error}
          </p>
        )}
        {note && (
          <p data-testid="stripped-note" className="mt-2 rounded bg-sky-50 p-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-100">
            {note}
          </p>
        )}
        {!result && !error && (
          <p data-testid="explain-prompt" className="mt-2 text-sm text-stone-600 dark:text-stone-400">
            {pastedSetCookieLines(lines).lines.length === 0
              ? "Paste a Set-Cookie line on the left (or pick an example), then press Explain."
              : "Press Explain to see each cookie's verdict, attribute by attribute."}
          </p>
        )}
        {result && <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">The address bar now holds this input: copy the link to share this result.</p>}
        {result && (
          <div className="mt-2 space-y-4">
            <ol className="space-y-4">
              {result.cookies.map((c, i) => (
                <li key={i} className="space-y-2 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
                  <ExplainedCookie cookie={c} />
                  {disagreements.has(i) && <EngineDisagreement line={disagreements.get(i)!} />}
                </li>
              ))}
            </ol>
            <div>
              <h3 className="text-sm font-semibold">The Cookie header of the next request</h3>
              <pre
                data-testid="predicted-cookie-header"
                className="mt-1 rounded bg-stone-900 p-2 font-mono text-xs break-all whitespace-pre-wrap text-stone-100"
              >
                {result.cookieHeader === null ? "(no Cookie header: nothing matches that URL)" : `Cookie: ${result.cookieHeader}`}
              </pre>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
