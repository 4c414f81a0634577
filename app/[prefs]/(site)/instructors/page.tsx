import type { Metadata } from "next";
import { demoMetas } from "@/components/demos/metas";
import { EmbedBuilder } from "@/components/instructors/embed-builder";

export const metadata: Metadata = {
  title: "For instructors: embed a demo",
  description: "Put any live demo of the lab in your course page or slides: pick its options, copy the iframe or a link.",
};

export default function InstructorsPage() {
  const demos = demoMetas.map(({ id, title, embed }) => ({ id, title, embed }));
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">For instructors: embed a demo</h1>
        <p className="text-stone-700 dark:text-stone-300">
          Every demo works inside your own course page, LMS or slides: pick one, set its options, and paste the iframe. Embedded on your site, the demo&apos;s cookies are third-party cookies, so it sets them <code className="font-mono">SameSite=None; Secure; Partitioned</code> and explains why, right inside the frame: the embed is itself a lesson on third-party cookies.
        </p>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          Sites that understand oEmbed (many LMSs and blog engines) embed a demo from its plain URL, such as <code className="font-mono">/demos/cookie-basics</code>.
        </p>
      </header>
      <EmbedBuilder demos={demos} />
      {/* Sizes the preview to its content with the same script instructors put on their pages. */}
      <script src="/embed-resize.js" async />
    </div>
  );
}
