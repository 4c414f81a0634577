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
