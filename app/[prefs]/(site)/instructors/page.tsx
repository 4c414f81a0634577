import type { Metadata } from "next";
import { demoMetas } from "@/components/demos/metas";
import { EmbedBuilder } from "@/components/instructors/embed-builder";
import { WithCode } from "@/components/site/with-code";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn, UI_TEXT } from "@/lib/preferences/ui-text";

type Props = { params: Promise<{ prefs: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { instructors } = UI_TEXT[langOfSegment((await params).prefs)];
  return { title: instructors.title, description: instructors.description };
}

export default async function InstructorsPage({ params }: Props) {
  const lang = langOfSegment((await params).prefs);
  const text = UI_TEXT[lang].instructors;
  const demos = demoMetas.map(({ id, title, embed }) => ({ id, title, embed }));
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{text.title}</h1>
        <p className="text-stone-700 dark:text-stone-300">
          <WithCode text={text.intro} />
        </p>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          <WithCode text={text.language} />
        </p>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          <WithCode text={text.oembed} />
        </p>
      </header>
      {/* The builder is a tool, in English like the demos it embeds. */}
      <div lang={englishOn(lang)}>
        <EmbedBuilder demos={demos} />
      </div>
      {/* Sizes the preview to its content with the same script instructors put on their pages. */}
      <script src="/embed-resize.js" async />
    </div>
  );
}
