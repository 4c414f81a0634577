import type { ChangeEvent, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CheckField, TextField } from "@/components/ui/field";
import { cookieDomainProblem, cookieNameProblem, cookieValueProblem } from "@/lib/validations/cookie-fields";
import { LIFETIME_LABELS, LIFETIMES, PATH_LABELS, PATHS, PREFIXES, SAME_SITES, type Choice } from "./choice";

const SELECT = "w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900";

function Select({
  id,
  label,
  hint,
  children,
  ...props
}: {
  id: string;
  label: string;
  hint: string;
  children: ReactNode;
  value: string;
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} aria-describedby={`${id}-hint`} className={SELECT} {...props}>
        {children}
      </select>
      <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
        {hint}
      </p>
    </div>
  );
}

/** Every attribute of one Set-Cookie line, as form controls. Submitting sets the cookie. */
export function AttributesForm({
  id,
  choice,
  update,
  onSet,
  onRead,
  onClear,
  busy,
}: {
  id: string;
  choice: Choice;
  update: (patch: Partial<Choice>) => void;
  onSet: () => void;
  onRead: (path: string) => void;
  onClear: () => void;
  busy: boolean;
}) {
  return (
    <form
      className="grid gap-4 rounded-xl border border-stone-200 p-4 @xl:grid-cols-2 @4xl:grid-cols-4 dark:border-stone-700"
      onSubmit={(e) => {
        e.preventDefault();
        onSet();
      }}
    >
      <fieldset className="min-w-0 @xl:col-span-2 @4xl:col-span-1">
        <legend className="text-sm font-medium">Name prefix</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {PREFIXES.map((p) => (
            <label key={p || "none"} className="flex items-center gap-1">
              <input
                type="radio"
                name={`${id}-prefix`}
                value={p}
                checked={choice.prefix === p}
                onChange={() => update({ prefix: p })}
                className="accent-cookie-700"
              />
              {p ? <span className="font-mono">{p}</span> : "None"}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          __Secure- needs Secure; __Host- also needs Path=/ and no Domain. __Http- needs Secure and HttpOnly, and __Host-Http- all four: only a server can set
          them, never a script (Chrome 140+, Firefox 142+).
        </p>
      </fieldset>
      <TextField
        id={`${id}-name`}
        label="Cookie name"
        value={choice.name}
        onChange={(e) => update({ name: e.target.value })}
        hint="The prefix goes in front of it."
        error={cookieNameProblem(`${choice.prefix}${choice.name}`)}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id={`${id}-value`}
        label="Value"
        value={choice.value}
        onChange={(e) => update({ value: e.target.value })}
        hint="Change it between tries, so the check can tell cookies apart."
        error={cookieValueProblem(choice.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <Select
        id={`${id}-lifetime`}
        label="Expires / Max-Age"
        hint="How long the browser keeps it: Expires is a date, Max-Age seconds."
        value={choice.lifetime}
        onChange={(e) => update({ lifetime: e.target.value as Choice["lifetime"] })}
      >
        {LIFETIMES.map((l) => (
          <option key={l} value={l}>
            {LIFETIME_LABELS[l]}
          </option>
        ))}
      </Select>
      <Select
        id={`${id}-path`}
        label="Path"
        hint="Which URLs it is sent to. Unset: the folder of /api/cookies, /api."
        value={choice.path}
        onChange={(e) => update({ path: e.target.value as Choice["path"] })}
      >
        {PATHS.map((p) => (
          <option key={p || "unset"} value={p}>
            {PATH_LABELS[p]}
          </option>
        ))}
      </Select>
      <TextField
        id={`${id}-domain`}
        label="Domain"
        value={choice.domain}
        onChange={(e) => update({ domain: e.target.value })}
        hint="Empty: this host only. Try this page's host, or example.com."
        error={cookieDomainProblem(choice.domain.trim())}
        autoComplete="off"
        spellCheck={false}
      />
      <Select
        id={`${id}-samesite`}
        label="SameSite"
        hint="Whether it rides along on requests from other sites."
        value={choice.sameSite}
        onChange={(e) => update({ sameSite: e.target.value as Choice["sameSite"] })}
      >
        {SAME_SITES.map((s) => (
          <option key={s || "unset"} value={s}>
            {s || "Unset (Lax in Chromium only)"}
          </option>
        ))}
      </Select>
      <div className="grid gap-3 @xl:col-span-2 @xl:grid-cols-3 @4xl:col-span-4">
        <CheckField
          id={`${id}-secure`}
          label="Secure"
          hint="Only over https (and http://localhost in Chrome and Firefox; not in Safari)."
          checked={choice.secure}
          onChange={(e) => update({ secure: e.target.checked })}
        />
        <CheckField
          id={`${id}-httponly`}
          label="HttpOnly"
          hint="Hidden from JavaScript; still sent to the server."
          checked={choice.httpOnly}
          onChange={(e) => update({ httpOnly: e.target.checked })}
        />
        <CheckField
          id={`${id}-partitioned`}
          label="Partitioned"
          hint="A separate jar per top-level site (CHIPS); needs Secure."
          checked={choice.partitioned}
          onChange={(e) => update({ partitioned: e.target.checked })}
        />
      </div>
      <div className="flex flex-wrap gap-2 @xl:col-span-2 @4xl:col-span-4">
        <Button type="submit" variant="primary" disabled={busy}>
          Set cookie
        </Button>
        {["/api/echo/inside", "/api/echo/outside"].map((p) => (
          <Button key={p} onClick={() => onRead(p)} disabled={busy}>
            Read at <span className="font-mono">{p}</span>
          </Button>
        ))}
        <Button variant="danger" onClick={onClear} disabled={busy}>
          Clear cookie
        </Button>
      </div>
    </form>
  );
}
