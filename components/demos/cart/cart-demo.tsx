"use client"; // two carts kept side by side in the page, fed by two inspectors

import { useState } from "react";
import { Inspector } from "@/components/inspector/inspector";
import type { Step } from "@/components/inspector/types";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { useRawCookieAttributes } from "@/components/embed/use-cookie-attributes";
import { useRunningEngine } from "@/components/site/use-running-engine";
import { allowedOverwrite, ignoredOverwrite } from "@/lib/inspector/engine-sentences";
import { parseCookieHeader } from "@/lib/cookie/cookie-header";
import { splitSetCookie } from "@/lib/inspector/set-cookie-attributes";
import { BytesTable } from "./bytes-table";
import { CART_COOKIE, CATALOGUE, type BytesRow, cartFrom, decodeCart, encodeCart, pairBytes } from "./catalogue";
import { CartCard } from "./cart-card";
import { EditPanel } from "./edit-panel";

type Sid = { name: string; value: string };

const cartOf = (step: Step): string[] | null => {
  const server = step.exchange?.server;
  if (!server || !("session" in server)) return null; // no answer: keep what we knew
  const session = server.session;
  const cart = session?.data?.cart;
  return Array.isArray(cart) ? cart.filter((s): s is string => typeof s === "string") : [];
};

/** The session cookie this step set (rolling: every answer re-sends it), or null once it is cleared. */
const sidOf = (step: Step, known: Sid | null): Sid | null => {
  const line = step.exchange?.response.setCookie[0];
  if (!line) return known;
  const { name, value } = splitSetCookie(line);
  return value ? { name, value } : null;
};

export function CartDemo() {
  const raw = useExchanges();
  const session = useExchanges();
  const attributes = useRawCookieAttributes();
  const engine = useRunningEngine();
  const [rawCart, setRawCart] = useState<string[]>([]);
  const [sessionCart, setSessionCart] = useState<string[]>([]);
  const [sid, setSid] = useState<Sid | null>(null);
  const [rows, setRows] = useState<BytesRow[]>([]);
  const [outcome, setOutcome] = useState("");
  const busy = raw.busy || session.busy;
  const rawNow = () => cartFrom(document.cookie);

  const absorb = (s: Step) => {
    const cart = cartOf(s);
    if (cart) setSessionCart(cart);
    const next = sidOf(s, sid);
    setSid(next);
    setRawCart(decodeCart(rawNow()));
    return next;
  };

  // Both sides add to the cart as it is now, never to a copy this page remembers (gone after a
  // reload): the raw side re-reads document.cookie; the session side sends only the item, which
  // the server appends atomically, so even simultaneous adds from two tabs keep every item.
  const add = async (sku: string) => {
    const nextRaw = [...decodeCart(rawNow()), sku];
    const [, s] = await Promise.all([
      raw.call(`Add ${sku}`, "POST", "/api/cookies", { name: CART_COOKIE, value: encodeCart(nextRaw), ...attributes, maxAge: 86_400 }),
      session.call(`Add ${sku}`, "POST", "/api/session/cart", { add: sku }),
    ]);
    const next = absorb(s);
    setRows((r) => [
      ...r,
      { n: r.length + 1, items: nextRaw.length, cart: pairBytes(CART_COOKIE, rawNow()), session: next ? pairBytes(next.name, next.value) : 0 },
    ]);
  };

  const readBoth = async () => {
    const [, s] = await Promise.all([raw.call("Read the cookie cart", "GET", "/api/cookies"), session.call("Read the session cart", "GET", "/api/session")]);
    absorb(s);
  };

  const emptyBoth = async () => {
    const [, s] = await Promise.all([
      raw.call("Empty the cookie cart", "DELETE", `/api/cookies?name=${CART_COOKIE}&path=/`),
      session.call("Destroy the session", "DELETE", "/api/session"),
    ]);
    absorb(s);
    setRows([]);
    setOutcome("");
  };

  const editCart = async (value: string) => {
    document.cookie = `${CART_COOKIE}=${value}; Path=/; Max-Age=86400; ${attributes.sameSite === "None" ? "Secure; SameSite=None; Partitioned" : "SameSite=Lax"}`;
    await raw.call("Read after my edit", "GET", "/api/cookies");
    setRawCart(decodeCart(rawNow()));
    setOutcome(
      "The server received your edited cart exactly as if the shop had written it: a raw cookie carries no proof of who wrote it, so the server must re-check every item it reads.",
    );
  };

  const editSession = async () => {
    if (!sid) return;
    // What a script on the page (or an XSS payload) could try; the browser decides.
    document.cookie = `${sid.name}=edited-by-user; Path=/; ${attributes.sameSite === "None" ? "Secure; SameSite=None; Partitioned" : `SameSite=Lax${sid.name.startsWith("__Host-") ? "; Secure" : ""}`}`;
    const s = await session.call("Read after the overwrite attempt", "GET", "/api/session");
    const sent = parseCookieHeader(s.exchange?.request.cookieHeader ?? null).find((c) => c.name === sid.name)?.value;
    absorb(s);
    setOutcome(
      sent === sid.value
        ? `${ignoredOverwrite(engine)} The request still carried the server's ID, and the cart is what the server stored. Even in DevTools a user can only swap the ID, and an ID the server did not issue finds no session.`
        : `${allowedOverwrite(engine)}, and the server found no session for it (strict mode): the user can lose the cart, never change what is in it.`,
    );
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap gap-2">
        {CATALOGUE.map((item) => (
          <Button key={item.sku} variant="primary" onClick={() => void add(item.sku)} disabled={busy}>
            Add {item.name.toLowerCase()} to both carts
          </Button>
        ))}
        <Button onClick={() => void readBoth()} disabled={busy}>
          Read both carts
        </Button>
        <Button variant="danger" onClick={() => void emptyBoth()} disabled={busy}>
          Empty both carts
        </Button>
      </div>
      <div>
        <ActionStatus exchanges={raw} inspector="the raw cookie cart's inspector" />
        <ActionStatus exchanges={session} inspector="the session cart's inspector" />
      </div>
      <div className="grid gap-4 @2xl:grid-cols-2">
        <CartCard
          title="Raw cookie cart"
          testId="raw-cart"
          items={rawCart}
          bytes={pairBytes(CART_COOKIE, encodeCart(rawCart) || undefined)}
          where="The whole cart lives in the browser, in the cookie cart."
        />
        <CartCard
          title="Server session cart"
          testId="session-cart"
          items={sessionCart}
          bytes={sid ? pairBytes(sid.name, sid.value) : 0}
          where="The cart lives in the server's session store; the browser holds only a random ID."
        />
      </div>
      <BytesTable rows={rows} />
      <EditPanel
        cart={encodeCart(rawCart)}
        onEditCart={(v) => void editCart(v)}
        onEditSession={() => void editSession()}
        sessionReady={sid !== null}
        outcome={outcome}
        busy={busy}
      />
      <div className="grid gap-4">
        <Inspector title="Raw cookie cart: inspector" steps={raw.steps} announcement={raw.announcement} anchor={raw.anchor} pageSteps={session.steps} />
        <Inspector
          title="Server session cart: inspector"
          steps={session.steps}
          announcement={session.announcement}
          anchor={session.anchor}
          pageSteps={raw.steps}
        />
      </div>
    </div>
  );
}
