import { Fragment } from "react";
import type { WithCode as WithCodeText } from "@/lib/preferences/ui-text";

/** Renders dictionary text whose code spans are marked (lib/preferences/ui-text.ts), as <code>. */
export function WithCode({ text }: { text: WithCodeText }) {
  return text((t) => <code className="font-mono">{t}</code>).map((part, i) => <Fragment key={i}>{part}</Fragment>);
}
