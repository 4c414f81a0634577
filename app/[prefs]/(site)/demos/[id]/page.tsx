import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DemoFrame } from "@/components/demos/demo-frame";
import { demos, getDemo } from "@/components/demos/registry";

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return demos.map((d) => ({ id: d.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const demo = getDemo((await params).id);
  return demo ? { title: demo.title, description: demo.summary } : {};
}

export default async function DemoPage({ params }: Props) {
  const demo = getDemo((await params).id);
  if (!demo) notFound();
  return <DemoFrame demo={demo} />;
}
