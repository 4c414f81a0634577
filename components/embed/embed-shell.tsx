"use client"; // reads the framing page's origin and the browser's cookie policy, and posts its height to the host

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { EmbedOptions } from "@/lib/embed/options";
import { RESIZE_MESSAGE } from "@/lib/embed/resize";
import { useLang } from "@/components/site/lang-context";
import { useUiText } from "@/components/site/use-ui-text";
import { englishOn } from "@/lib/preferences/ui-text";
import { EmbedBanner } from "./embed-banner";
import { EmbedContext, type CrossSiteEmbedding } from "./embed-context";

/** Whether this frame sits in a page of another site, and whether it may use unpartitioned cookies there. */
function useCrossSiteEmbedding(): CrossSiteEmbedding | null {
  const [crossSite, setCrossSite] = useState<CrossSiteEmbedding | null>(null);
  useEffect(() => {
    if (window.top === window.self) return;
    let live = true;
    // Loaded only inside a frame: comparing sites needs the public-suffix list, which a page outside
    // a frame never uses.
    void import("@/lib/embed/site").then(async ({ embedderOrigin, isCrossSite }) => {
      const embedder = embedderOrigin({ ancestorOrigins: window.location.ancestorOrigins, referrer: document.referrer });
      if (!isCrossSite(window.location.origin, embedder)) return;
      // false when this frame has no unpartitioned cookies (Storage Access API): Safari's and Incognito Chrome's
      // blocking, and Firefox's partitioning (Total Cookie Protection) alike; unknown counts as blocked.
      const allowed = typeof document.hasStorageAccess === "function" ? await document.hasStorageAccess().catch(() => false) : false;
      if (live) setCrossSite({ embedder, thirdPartyCookies: allowed ? "allowed" : "blocked" });
    });
    return () => {
      live = false;
    };
  }, []);
  return crossSite;
}

/** Tells the host page how tall the embed is (public/embed-resize.js listens); only a height, so any target may read it. */
function usePostHeight() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    const observer = new ResizeObserver(() => window.parent.postMessage({ type: RESIZE_MESSAGE, height: Math.ceil(el.getBoundingClientRect().height) }, "*"));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
}

/** The bare embed: a title, the way back to the lab, the cross-site banner when it applies, and the demo. */
export function EmbedShell({ id, title, options, children }: { id: string; title: string; options: EmbedOptions; children: ReactNode }) {
  const crossSite = useCrossSiteEmbedding();
  const ref = usePostHeight();
  const text = useUiText().embed;
  // The demo (its title too) is in English whatever language the frame's words are in (?lang=).
  const english = englishOn(useLang());
  return (
    <div ref={ref} className={options.compact ? "space-y-3 p-2" : "space-y-4 p-4"}>
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 lang={english} className={options.compact ? "text-base font-semibold" : "text-lg font-semibold"}>
          {title}
        </h1>
        <a
          href={`/demos/${id}`}
          target="_blank"
          rel="noopener"
          className="text-sm font-medium text-cookie-700 underline underline-offset-4 dark:text-amber-300"
        >
          {text.openInLab}
          <span className="sr-only">{text.opensInNewTab}</span>
        </a>
        {text.contentNote && (
          <p data-testid="content-note" className="w-full text-xs text-stone-600 dark:text-stone-400">
            {text.contentNote}
          </p>
        )}
      </header>
      {crossSite && <EmbedBanner crossSite={crossSite} url={new URL("/api/cookies", window.location.href).toString()} />}
      <div lang={english} className="@container">
        <EmbedContext.Provider value={{ options, crossSite }}>{children}</EmbedContext.Provider>
      </div>
    </div>
  );
}
