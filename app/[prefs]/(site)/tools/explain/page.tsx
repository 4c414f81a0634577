import type { Metadata } from "next";
import { ExplainTool } from "@/components/explain/explain-tool";

export const metadata: Metadata = {
  title: "Set-Cookie explainer",
  description: "Paste Set-Cookie headers and see what a browser does with each one, attribute by attribute, and why.",
};

export default function ExplainPage() {
  return (
    <div className="space-y-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Set-Cookie explainer</h1>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          Paste the Set-Cookie lines of a response and say where they came from. The explainer runs the same algorithm browsers run (RFC 6265bis, and Chromium where it is stricter) and tells you, for each cookie, whether it is stored or refused and why, what every attribute does, and which Cookie header the browser would send next.
        </p>
      </header>
      <ExplainTool />
    </div>
  );
}
