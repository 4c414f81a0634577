"use client"; // the options are in the query string, which a static page reads in the browser

import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { parseEmbedOptions, type EmbedCapabilities } from "@/lib/embed/options";
import { EmbedShell } from "./embed-shell";

/** The embed with the options its URL asks for, each validated (lib/embed/options.ts). */
export function EmbedFromQuery({ id, title, capabilities, children }: { id: string; title: string; capabilities: EmbedCapabilities; children: ReactNode }) {
  const options = parseEmbedOptions(new URLSearchParams(useSearchParams().toString()), capabilities);
  return (
    <EmbedShell id={id} title={title} options={options}>
      {children}
    </EmbedShell>
  );
}
