import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { EmbedFromQuery } from "@/components/embed/embed-from-query";
import { EmbedShell } from "@/components/embed/embed-shell";
import { demos, getDemo } from "@/components/demos/registry";
import { DEFAULT_EMBED_OPTIONS } from "@/lib/embed/options";

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
 * be framed). Static: the options are read in the browser, and the HTML carries the demo with the
 * default options until then.
 */
export default async function EmbedPage({ params }: Props) {
  const demo = getDemo((await params).id);
  if (!demo) notFound();
  const { Component } = demo;
  const shell = { id: demo.id, title: demo.title };
  return (
    <main className="w-full">
      <Suspense
        fallback={
          <EmbedShell {...shell} options={DEFAULT_EMBED_OPTIONS}>
            <Component />
          </EmbedShell>
        }
      >
        <EmbedFromQuery {...shell} capabilities={demo.embed ?? {}}>
          <Component />
        </EmbedFromQuery>
      </Suspense>
    </main>
  );
}
