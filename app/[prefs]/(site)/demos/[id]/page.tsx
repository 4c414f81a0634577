import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DemoFrame } from "@/components/demos/demo-frame";
import { demos, getDemo } from "@/components/demos/registry";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn } from "@/lib/preferences/ui-text";

export const dynamicParams = false;

type Props = { params: Promise<{ id: string; prefs: string }> };

export function generateStaticParams() {
  return demos.map((d) => ({ id: d.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const demo = getDemo((await params).id);
  if (!demo) return {};
  // oEmbed discovery (oEmbed 1.0 §4): relative, as the page's origin is only known to the browser;
  // the provider resolves a path-only url against its own origin.
  const oembed = `/api/oembed?${new URLSearchParams({ url: `/demos/${demo.id}`, format: "json" })}`;
  return { title: demo.title, description: demo.summary, alternates: { types: { "application/json+oembed": [{ url: oembed, title: demo.title }] } } };
}

export default async function DemoPage({ params }: Props) {
  const { id, prefs } = await params;
  const demo = getDemo(id);
  if (!demo) notFound();
  // The demos are in English, whatever the chrome's language.
  return (
    <div lang={englishOn(langOfSegment(prefs))}>
      <DemoFrame demo={demo} />
    </div>
  );
}
