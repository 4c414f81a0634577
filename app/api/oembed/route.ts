import { demoMetas } from "@/components/demos/metas";
import { oembedFor } from "@/lib/embed/oembed";
import { respond } from "@/lib/exchange/exchange";
import type { ServerNote } from "@/lib/exchange/server-state";
import { handle } from "@/lib/http/handle";
import { publicOrigin } from "@/lib/http/public-origin";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const server = { mechanism: "none", summary: "oEmbed keeps nothing: it describes how to embed a demo." } as const satisfies ServerNote;

/**
 * Public and credential-free, so any origin may read every answer, the errors too: a course
 * platform's script must see 404 not_embeddable as well as the embed (CORS *).
 */
const CORS = { "access-control-allow-origin": "*" };

/**
 * GET /api/oembed?url=…&maxwidth=&maxheight=&format=json (oEmbed 1.0): the iframe for one of our
 * demo pages. Built with respond() like every /api/* answer, so it carries the `exchange` key too:
 * oEmbed consumers ignore members they do not know, and the lab's curl learners see the same record
 * as everywhere else.
 */
export const GET = handle(
  server,
  (request) => {
    const { searchParams } = new URL(request.url);
    return respond(request, { server, body: { ...oembedFor(searchParams, publicOrigin(request), demoMetas) } });
  },
  { headers: CORS },
);

const { refuse, allowHeader } = otherMethods(["GET"], CORS);
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };

/** A CORS preflight (a script that adds its own headers sends one): allowed, with the same header. */
export function OPTIONS(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      allow: allowHeader,
      "access-control-allow-methods": allowHeader,
      "access-control-allow-headers": "*",
      "access-control-max-age": "86400",
    },
  });
}
