// The benchmark floor inside this app: a plain route handler that only sets one cookie, with none of
// the lab's code (no validation, no exchange record). bench/http-load.mjs compares every lab route to it.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "set-cookie": "theme=dark; Path=/; HttpOnly; SameSite=Lax" } });
}
