import { otherMethods } from "@/lib/http/methods";

// The benchmark floor inside this app: plain route handlers that only set one cookie, with none of
// the lab's code (no validation, no exchange record). bench/http-load.mjs compares every lab route to
// them: GET for the routes without a body, POST (which reads its body first) for those with one.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "set-cookie": "theme=dark; Path=/; HttpOnly; SameSite=Lax" } });
}

export async function POST(request: Request) {
  await request.text();
  return new Response("ok", { headers: { "set-cookie": "theme=dark; Path=/; HttpOnly; SameSite=Lax" } });
}

const { refuse, OPTIONS } = otherMethods(["GET", "POST"]);
export { OPTIONS, refuse as PUT, refuse as PATCH, refuse as DELETE };
