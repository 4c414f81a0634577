import type { Verdict } from "@/lib/exchange/server-state";
import { Code } from "@/components/inspector/column";
import { Button } from "@/components/ui/button";
import type { LabCardInfo } from "./lab-mechanisms";
import { decodeJwtPayload } from "./token-edits";
import { VerdictBadge } from "./verdict-badge";

interface Props {
  info: LabCardInfo;
  id: string;
  value: string;
  onChange: (value: string) => void;
  verdict: Verdict | undefined;
  disabled: boolean;
}

/**
 * Tall enough to show the whole value, so no part of a seal or token hides below the fold of its
 * box: ~30 monospace characters a row fit the narrowest card (one column at 375 px, two in a lesson).
 */
function rowsFor(mechanism: LabCardInfo["mechanism"], value: string): number {
  const least = mechanism === "cookie" ? 2 : mechanism === "server" ? 2 : 4;
  return Math.min(14, Math.max(least, Math.ceil(value.length / 30)));
}

/** One mechanism of the tamper lab: its cookie's value, editable, and the server's last verdict. */
export function LabCard({ info, id, value, onChange, verdict, disabled }: Props) {
  const decoded = info.mechanism === "jwt" && value ? decodeJwtPayload(value) : null;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-700 dark:bg-stone-900"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {info.title} <span className="font-mono text-xs font-normal text-stone-600 dark:text-stone-400">{info.cookie}</span>
      </h3>
      <p className="text-xs text-stone-700 dark:text-stone-300">{info.holds}</p>
      <label htmlFor={`${id}-value`} className="text-sm font-medium">
        Value of {info.cookie}
      </label>
      <textarea
        id={`${id}-value`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rowsFor(info.mechanism, value)}
        spellCheck={false}
        autoComplete="off"
        className="w-full resize-y rounded-md border border-stone-300 bg-white px-2 py-1 font-mono text-xs break-all dark:border-stone-600 dark:bg-stone-950"
      />
      <Button
        onClick={() => onChange(info.quickEdit.apply(value))}
        disabled={disabled || value === ""}
        why={value === "" ? "The box is empty: there is nothing to edit yet." : undefined}
        className="self-start"
      >
        {info.quickEdit.label}
        <span className="sr-only"> ({info.title})</span>
      </Button>
      {info.mechanism === "jwt" && (
        <div>
          <p className="text-xs font-medium">Payload, decoded right here without any secret:</p>
          {decoded ? <Code label="Decoded JWT payload">{JSON.stringify(decoded, null, 2)}</Code> : <p className="text-xs italic">Nothing readable yet.</p>}
        </div>
      )}
      {verdict && <VerdictBadge verdict={verdict} />}
    </section>
  );
}
