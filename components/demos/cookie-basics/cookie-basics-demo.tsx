"use client"; // a form that calls the API and feeds the inspector

import { useId } from "react";
import { useCheckedState, useChoiceState, useFieldState } from "@/components/ui/use-field-state";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { CheckField, TextField } from "@/components/ui/field";
import { useEmbed } from "@/components/embed/embed-context";
import { useRawCookieAttributes } from "@/components/embed/use-cookie-attributes";
import { cookieNameProblem, cookiePathProblem, cookieValueProblem, NAME_HINT, VALUE_HINT } from "@/lib/validations/cookie-fields";

const LIFETIMES = [
  { value: "session", label: "Until the browser closes (session cookie)", maxAge: undefined },
  { value: "hour", label: "One hour (Max-Age=3600)", maxAge: 3600 },
  { value: "year", label: "One year (Max-Age=31536000)", maxAge: 31_536_000 },
] as const;
const DEFAULT_NAME = "demo_theme";
const LIFETIME_VALUES = LIFETIMES.map((l) => l.value);

export function CookieBasicsDemo() {
  const id = useId();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const options = useEmbed()?.options;
  const attributes = useRawCookieAttributes();
  // Not "theme": that cookie is the site's own preference (lib/preferences), and setting it here would turn the whole site dark.
  const [name, setName] = useFieldState(`${id}-name`, options?.name ?? DEFAULT_NAME);
  const [value, setValue] = useFieldState(`${id}-value`, options?.value ?? "dark");
  const [path, setPath] = useFieldState(`${id}-path`, "/");
  const [lifetime, setLifetime] = useChoiceState(`${id}-lifetime`, "hour", LIFETIME_VALUES);
  const [httpOnly, setHttpOnly] = useCheckedState(`${id}-httponly`, false);

  const set = () => {
    const maxAge = LIFETIMES.find((l) => l.value === lifetime)?.maxAge;
    const body = { name, value, ...attributes, path, httpOnly, ...(maxAge === undefined ? {} : { maxAge }) };
    return call(`Set ${name}`, "POST", "/api/cookies", body);
  };
  const read = () => call("Read cookies", "GET", "/api/cookies");
  const clear = () => call(`Clear ${name}`, "DELETE", `/api/cookies?${new URLSearchParams({ name, path })}`);

  return (
    <div className="space-y-6">
      <form
        className="grid gap-4 rounded-xl border border-stone-200 p-4 @xl:grid-cols-2 @4xl:grid-cols-4 dark:border-stone-700"
        onSubmit={(e) => {
          e.preventDefault();
          void set();
        }}
      >
        <TextField
          id={`${id}-name`}
          label="Cookie name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          hint={NAME_HINT}
          error={cookieNameProblem(name)}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          id={`${id}-value`}
          label="Value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          hint={VALUE_HINT}
          error={cookieValueProblem(value)}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          id={`${id}-path`}
          label="Path"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          hint="/ lets every page of the site see it."
          error={cookiePathProblem(path)}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${id}-lifetime`} className="text-sm font-medium">
            Lifetime
          </label>
          <select
            id={`${id}-lifetime`}
            value={lifetime}
            onChange={(e) => setLifetime(e.target.value as typeof lifetime)}
            className="w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900"
          >
            {LIFETIMES.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="@xl:col-span-2 @4xl:col-span-4">
          <CheckField
            id={`${id}-httponly`}
            label="HttpOnly"
            hint="Hide the cookie from JavaScript on this page; the browser still sends it to the server."
            checked={httpOnly}
            onChange={(e) => setHttpOnly(e.target.checked)}
          />
        </div>
        <div className="flex flex-wrap gap-2 @xl:col-span-2 @4xl:col-span-4">
          <Button type="submit" variant="primary" disabled={busy}>
            Set cookie
          </Button>
          <Button onClick={() => void read()} disabled={busy}>
            Read cookies
          </Button>
          <Button variant="danger" onClick={() => void clear()} disabled={busy}>
            Clear cookie
          </Button>
        </div>
        <div className="@xl:col-span-2 @4xl:col-span-4">
          <ActionStatus exchanges={exchanges} />
        </div>
      </form>
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
