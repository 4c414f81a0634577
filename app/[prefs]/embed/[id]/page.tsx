import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedFromQuery } from "@/components/embed/embed-from-query";
import { DemoCode } from "@/components/demos/demo-code";
import { demos, getDemo } from "@/components/demos/registry";

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return demos.map((d) => ({ id: d.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const demo = getDemo((await params).id);
  // Search engines should send learners to /demos/<id>, the page with the lesson around it.
  return demo ? { title: demo.title, description: demo.summary, robots: { index: false }, alternates: { canonical: `/demos/${demo.id}` } } : {};
}

/**
 * A demo and its inspector, bare, for an iframe on any site (next.config.ts lets only /embed/*
 * be framed). Static: the HTML carries the demo with the default options, and the browser applies
 * the query's options once it hydrates (components/embed/embed-from-query.tsx).
 */
export default async function EmbedPage({ params }: Props) {
  const demo = getDemo((await params).id);
  if (!demo) notFound();
  return (
    <main className="w-full">
      <EmbedFromQuery id={demo.id} title={demo.title} capabilities={demo.embed ?? {}}>
        <DemoCode id={demo.id} />
      </EmbedFromQuery>
    </main>
  );
}
