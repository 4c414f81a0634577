import { useExplainer } from "@/components/inspector/use-explainer";
import type { CrossSiteEmbedding } from "./embed-context";

// Two lines the explainer judges in this very context, so the banner's claim is the explainer's verdict.
const SAMPLES = ["demo=1; Path=/; Secure; SameSite=None; Partitioned", "demo=1; Path=/; Secure; SameSite=None", "demo=1; Path=/; SameSite=Lax"];

/** Why this embed's cookies look the way they do: third-party cookies, CHIPS partitioning, SameSite=None. */
export function EmbedBanner({ crossSite, url }: { crossSite: CrossSiteEmbedding; url: string }) {
  const context = { site: "cross-site", frame: "iframe", thirdPartyCookies: crossSite.thirdPartyCookies } as const;
  const explain = useExplainer();
  const verdicts = explain?.({ setCookie: SAMPLES, url, context }).cookies ?? [];
  return (
    <section aria-labelledby="embed-banner-title" data-testid="embed-banner" className="rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
      <h2 id="embed-banner-title" className="font-semibold">
        Embedded on {crossSite.embedder ?? "another site"}: here our cookies are third-party cookies
      </h2>
      <p className="mt-1">
        This demo runs in a frame on another site, so to your browser every cookie it sets belongs to a third party.{" "}
        {crossSite.thirdPartyCookies === "blocked"
          ? "Your browser blocks third-party cookies here, and keeps one only if it is Partitioned (CHIPS): stored in a separate jar for this host site, it cannot follow you to other sites."
          : "Your browser allows third-party cookies here; browsers that block them keep only Partitioned ones (CHIPS), stored in a separate jar for this host site."}{" "}
        So every cookie in this embed is sent with <code className="font-mono">SameSite=None</code> (sent in a cross-site frame at all), <code className="font-mono">Secure</code> (which SameSite=None requires), <code className="font-mono">Partitioned</code> and <code className="font-mono">Path=/</code>.
      </p>
      <ul className="mt-2 space-y-0.5 text-xs" aria-label="What the explainer says about three lines in this frame">
        {verdicts.map((v) => (
          <li key={v.line}>
            <code className="font-mono break-all">{v.line}</code>: {v.stored ? "kept" : `refused (${v.reason?.code ?? "refused"})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
