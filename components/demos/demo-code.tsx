"use client"; // the one client boundary of every demo: each demo's code is its own chunk, loaded where it is shown

import dynamic from "next/dynamic";
import type { ComponentType } from "react";

// A server component that imports client components puts them all in one chunk for the page
// (Turbopack groups client references by route segment, rendered or not), so /demos/<id>,
// /embed/<id> and every lesson loaded the code of all fourteen demos. A dynamic import() in client
// code is a chunk of its own: the server still renders the demo into the HTML, and adds a preload
// of that demo's chunk only (next/dynamic, ssr on by default). No `loading` and no Suspense here:
// hydration keeps the server's markup until the chunk has run, and a client-side navigation keeps
// the previous page until then, so no empty box is ever shown.
const DEMO_CODE: Record<string, ComponentType> = {
  "cookie-basics": dynamic(() => import("./cookie-basics/cookie-basics-demo").then((m) => m.CookieBasicsDemo)),
  preferences: dynamic(() => import("./preferences/preferences-demo").then((m) => m.PreferencesDemo)),
  attributes: dynamic(() => import("./attributes/attributes-demo").then((m) => m.AttributesDemo)),
  "size-limit": dynamic(() => import("./size-limit/size-limit-demo").then((m) => m.SizeLimitDemo)),
  cart: dynamic(() => import("./cart/cart-demo").then((m) => m.CartDemo)),
  "session-basics": dynamic(() => import("./session-basics/session-basics-demo").then((m) => m.SessionBasicsDemo)),
  stores: dynamic(() => import("./stores/stores-demo").then((m) => m.StoresDemo)),
  mechanisms: dynamic(() => import("./mechanisms/mechanisms-demo").then((m) => m.MechanismsDemo)),
  login: dynamic(() => import("./login/login-demo").then((m) => m.LoginDemo)),
  tamper: dynamic(() => import("./tamper/tamper-demo").then((m) => m.TamperDemo)),
  csrf: dynamic(() => import("./csrf/csrf-demo").then((m) => m.CsrfDemo)),
  expiry: dynamic(() => import("./expiry/expiry-demo").then((m) => m.ExpiryDemo)),
  tabs: dynamic(() => import("./tabs/tabs-demo").then((m) => m.TabsDemo)),
  devices: dynamic(() => import("./devices/devices-demo").then((m) => m.DevicesDemo)),
};

/** The ids that have code here; demo-code.test.ts holds them to the metas. */
export const DEMO_CODE_IDS = Object.keys(DEMO_CODE);

/** One demo's component, by id: its chunk alone is loaded (registry.ts's getDemo checks the id). */
export function DemoCode({ id }: { id: string }) {
  const Component = DEMO_CODE[id];
  if (!Component) throw new Error(`components/demos/demo-code.tsx has no component for the demo "${id}".`);
  return <Component />;
}
