import { demoMetas } from "@/components/demos/metas";
import { oembedFor } from "@/lib/embed/oembed";
import { respond } from "@/lib/exchange/exchange";
import { handle } from "@/lib/http/handle";

export const dynamic = "force-dynamic";

const server = { mechanism: "none", summary: "oEmbed keeps nothing: it describes how to embed a demo." } as const;

/**
 * GET /api/oembed?url=…&maxwidth=&maxheight=&format=json (oEmbed 1.0): the iframe for one of our
 * demo pages. Built with respond() like every /api/* answer, so it carries the `exchange` key too:
 * oEmbed consumers ignore members they do not know, and the lab's curl learners see the same record
 * as everywhere else. Public and credential-free, so any origin may read it (CORS *).
 */
export const GET = handle(server, (request) => {
  const { searchParams, origin } = new URL(request.url);
  const answer = oembedFor(searchParams, origin, demoMetas);
  return respond(request, { server, body: { ...answer }, headers: new Headers({ "access-control-allow-origin": "*" }) });
});
