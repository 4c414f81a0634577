import { demoMetas } from "@/components/demos/metas";
import { glossary } from "@/content/glossary";
import { lessons } from "@/content/navigation";
import { allLessonFacts } from "@/lib/study/lesson-facts";
import { buildSearchIndex } from "@/lib/study/search-index";

// Built once, at build time, into a static file: the search on /search runs in the browser over it.
// GET only, like a file in public/: a route that exports other methods is not prerendered.
export const dynamic = "force-static";

export async function GET() {
  const index = buildSearchIndex({ lessons, facts: await allLessonFacts(), demos: demoMetas, glossary });
  return Response.json(index);
}
