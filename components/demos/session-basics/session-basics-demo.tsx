"use client"; // a form that calls the session API and feeds the inspector

import { useId } from "react";
import { useFieldState } from "@/components/ui/use-field-state";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useEmbed } from "@/components/embed/embed-context";

/** The seeds' express-session /setSession, /getSession and /destroySession, done properly. */
export function SessionBasicsDemo() {
  const id = useId();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const options = useEmbed()?.options;
  const [key, setKey] = useFieldState(`${id}-key`, options?.name ?? "username");
  const [value, setValue] = useFieldState(`${id}-value`, options?.value ?? "ada");

  const save = () => call(`Save ${key}`, "POST", "/api/session", { [key]: value });
  const read = () => call("Read session", "GET", "/api/session");
  const destroy = () => call("Destroy session", "DELETE", "/api/session");

  return (
    <div className="space-y-6">
      <form
        className="grid gap-4 rounded-xl border border-stone-200 p-4 @xl:grid-cols-2 dark:border-stone-700"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField
          id={`${id}-key`}
          label="Key"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          hint="1 to 64 characters, e.g. username or theme."
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          id={`${id}-value`}
          label="Value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          hint="Any text: it stays on the server, so spaces and commas are fine."
          autoComplete="off"
          spellCheck={false}
        />
        <div className="flex flex-wrap gap-2 @xl:col-span-2">
          <Button type="submit" variant="primary" disabled={busy}>
            Save to session
          </Button>
          <Button onClick={() => void read()} disabled={busy}>
            Read session
          </Button>
          <Button variant="danger" onClick={() => void destroy()} disabled={busy}>
            Destroy session
          </Button>
        </div>
        <div className="@xl:col-span-2">
          <ActionStatus exchanges={exchanges} />
        </div>
      </form>
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
