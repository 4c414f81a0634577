import type { Metadata } from "next";
import { ExplainTool } from "@/components/explain/explain-tool";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn } from "@/lib/preferences/ui-text";

export const metadata: Metadata = {
  title: "Set-Cookie explainer",
  description: "Paste Set-Cookie headers and see what a browser does with each one, attribute by attribute, and why.",
};

export default async function ExplainPage({ params }: { params: Promise<{ prefs: string }> }) {
  // The explainer is a tool in English, whatever the chrome's language.
  return (
    <div className="space-y-6" lang={englishOn(langOfSegment((await params).prefs))}>
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Set-Cookie explainer</h1>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          Paste the Set-Cookie lines of a response and say where they came from. The explainer runs the same algorithm browsers run (RFC 6265bis, and Chromium
          where it is stricter) and tells you, for each cookie, whether it is stored or refused and why, what every attribute does, and which Cookie header the
          browser would send next.
        </p>
      </header>
      <ExplainTool />
    </div>
  );
}
