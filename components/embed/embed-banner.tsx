import { useExplainer } from "@/components/inspector/use-explainer";
import { useUiText } from "@/components/site/use-ui-text";
import { WithCode } from "@/components/site/with-code";
import type { CrossSiteEmbedding } from "./embed-context";

// Two lines the explainer judges in this very context, so the banner's claim is the explainer's verdict.
const SAMPLES = ["demo=1; Path=/; Secure; SameSite=None; Partitioned", "demo=1; Path=/; Secure; SameSite=None", "demo=1; Path=/; SameSite=Lax"];

/** Why this embed's cookies look the way they do: third-party cookies, CHIPS partitioning, SameSite=None. */
export function EmbedBanner({ crossSite, url }: { crossSite: CrossSiteEmbedding; url: string }) {
  const context = { site: "cross-site", frame: "iframe", thirdPartyCookies: crossSite.thirdPartyCookies } as const;
  const explain = useExplainer();
  const verdicts = explain?.({ setCookie: SAMPLES, url, context }).cookies ?? [];
  const text = useUiText().embed;
  return (
    <section aria-labelledby="embed-banner-title" data-testid="embed-banner" className="rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
      <h2 id="embed-banner-title" className="font-semibold">
        {text.bannerTitle(crossSite.embedder)}
      </h2>
      <p className="mt-1">
        {text.bannerIntro} {crossSite.thirdPartyCookies === "blocked" ? text.bannerBlocked : text.bannerAllowed} <WithCode text={text.bannerAttributes} />
      </p>
      <ul className="mt-2 space-y-0.5 text-xs" aria-label={text.bannerSamples}>
        {verdicts.map((v) => (
          <li key={v.line}>
            <code className="font-mono break-all">{v.line}</code>: {v.stored ? text.kept : text.refused(v.reason?.code ?? "?")}
          </li>
        ))}
      </ul>
    </section>
  );
}
