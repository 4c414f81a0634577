"use client"; // React context lives on the client: embedded demos read their options and the embedding facts from it

import { createContext, useContext } from "react";
import type { EmbedOptions } from "@/lib/embed/options";

/** What the page learned about the site framing it, once mounted (components/embed/embed-shell.tsx). */
export interface CrossSiteEmbedding {
  /** The top-level page's origin, or null when the browser does not tell. */
  embedder: string | null;
  /** From document.hasStorageAccess(): whether this frame may use its unpartitioned cookies. */
  thirdPartyCookies: "blocked" | "allowed";
}

export interface EmbedState {
  options: EmbedOptions;
  /** null on a first-party page, in a same-site frame, or before the page could tell. */
  crossSite: CrossSiteEmbedding | null;
}

export const EmbedContext = createContext<EmbedState | null>(null);

/** The embed's state, or null on the lab's own pages: demos behave as before there. */
export function useEmbed(): EmbedState | null {
  return useContext(EmbedContext);
}
