import { demoMetas } from "@/components/demos/metas";
import { glossary } from "@/content/glossary";
import { lessons } from "@/content/navigation";
import { otherMethods } from "@/lib/http/methods";
import { allLessonFacts } from "@/lib/study/lesson-facts";
import { buildSearchIndex } from "@/lib/study/search-index";

// Built once, at build time, into a static file: the search on /search runs in the browser over it.
export const dynamic = "force-static";

export async function GET() {
  const index = buildSearchIndex({ lessons, facts: await allLessonFacts(), demos: demoMetas, glossary });
  return Response.json(index);
}

const { refuse, OPTIONS } = otherMethods(["GET"]);
export { OPTIONS, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
