import { useExplainer } from "@/components/inspector/use-explainer";
import { useRunningEngine } from "@/components/site/use-running-engine";
import { useUiText } from "@/components/site/use-ui-text";
import { WithCode } from "@/components/site/with-code";
import { crossSiteFrameContext } from "@/lib/cookie/running-engine";
import type { CrossSiteEmbedding } from "./embed-context";

// Two lines the explainer judges in this very context, so the banner's claim is the explainer's verdict.
const SAMPLES = ["demo=1; Path=/; Secure; SameSite=None; Partitioned", "demo=1; Path=/; Secure; SameSite=None", "demo=1; Path=/; SameSite=Lax"];

/**
 * Why this embed's cookies look the way they do: third-party cookies, CHIPS partitioning, SameSite=None,
 * and in Firefox its Total Cookie Protection; the verdicts are those of the engine the page runs in.
 */
export function EmbedBanner({ crossSite, url }: { crossSite: CrossSiteEmbedding; url: string }) {
  const engine = useRunningEngine();
  const context = crossSiteFrameContext(engine, crossSite.thirdPartyCookies);
  const explain = useExplainer();
  const verdicts = explain?.({ setCookie: SAMPLES, url, context }).cookies ?? [];
  const text = useUiText().embed;
  // In Firefox, no unpartitioned cookies in the frame is its default: it keeps them, partitioned.
  const policy =
    crossSite.thirdPartyCookies === "allowed" ? text.bannerAllowed : engine?.engine === "firefox" ? text.bannerPartitioned(engine.name) : text.bannerBlocked;
  const whose = engine && text.bannerVerdicts(engine.name === "this browser" ? null : engine.name, engine.engine !== "other");
  return (
    <section
      aria-labelledby="embed-banner-title"
      data-testid="embed-banner"
      className="rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
    >
      <h2 id="embed-banner-title" className="font-semibold">
        {text.bannerTitle(crossSite.embedder)}
      </h2>
      <p className="mt-1">
        {text.bannerIntro} {policy} <WithCode text={text.bannerAttributes} />
      </p>
      {whose && (
        <p className="mt-2 text-xs" data-testid="embed-banner-verdicts">
          {whose}
        </p>
      )}
      <ul className="mt-1 space-y-0.5 text-xs" aria-label={text.bannerSamples}>
        {verdicts.map((v) => (
          <li key={v.line}>
            <code className="font-mono break-all">{v.line}</code>:{" "}
            {v.stored ? (v.partitionedBy ? text.keptPartitioned(v.partitionedBy) : text.kept) : text.refused(v.reason?.code ?? "?")}
          </li>
        ))}
      </ul>
    </section>
  );
}
