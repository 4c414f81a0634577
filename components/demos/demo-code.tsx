"use client"; // the one client boundary of every demo: each demo's code is its own chunk, loaded where it is shown

import dynamic from "next/dynamic";
import { useEffect, type ComponentType } from "react";

// A server component that imports client components puts them all in one chunk for the page
// (Turbopack groups client references by route segment, rendered or not), so /demos/<id>,
// /embed/<id> and every lesson loaded the code of all fourteen demos. A dynamic import() in client
// code is a chunk of its own: the server still renders the demo into the HTML, and adds a preload
// of that demo's chunk only (next/dynamic, ssr on by default). No `loading` and no Suspense here:
// hydration keeps the server's markup until the chunk has run, and a client-side navigation keeps
// the previous page until then, so no empty box is ever shown.
declare global {
  interface Window {
    /** How many demos have hydrated on this page: each hydrates after the page, once its chunk has run. */
    __labDemosHydrated?: number;
  }
}

/**
 * The demo, counted once hydrated. The page's own hydration mark (components/site/hydration-mark.tsx)
 * can come first: a demo's chunk runs, and its subtree hydrates, after the rest of the page. The
 * e2e tests wait for both (e2e/hydration.ts) before they click.
 */
function counted(Demo: ComponentType): ComponentType {
  return function CountedDemo() {
    useEffect(() => {
      window.__labDemosHydrated = (window.__labDemosHydrated ?? 0) + 1;
    }, []);
    return <Demo />;
  };
}

const DEMO_CODE: Record<string, ComponentType> = {
  "cookie-basics": dynamic(() => import("./cookie-basics/cookie-basics-demo").then((m) => counted(m.CookieBasicsDemo))),
  preferences: dynamic(() => import("./preferences/preferences-demo").then((m) => counted(m.PreferencesDemo))),
  attributes: dynamic(() => import("./attributes/attributes-demo").then((m) => counted(m.AttributesDemo))),
  "size-limit": dynamic(() => import("./size-limit/size-limit-demo").then((m) => counted(m.SizeLimitDemo))),
  cart: dynamic(() => import("./cart/cart-demo").then((m) => counted(m.CartDemo))),
  "session-basics": dynamic(() => import("./session-basics/session-basics-demo").then((m) => counted(m.SessionBasicsDemo))),
  stores: dynamic(() => import("./stores/stores-demo").then((m) => counted(m.StoresDemo))),
  mechanisms: dynamic(() => import("./mechanisms/mechanisms-demo").then((m) => counted(m.MechanismsDemo))),
  login: dynamic(() => import("./login/login-demo").then((m) => counted(m.LoginDemo))),
  tamper: dynamic(() => import("./tamper/tamper-demo").then((m) => counted(m.TamperDemo))),
  csrf: dynamic(() => import("./csrf/csrf-demo").then((m) => counted(m.CsrfDemo))),
  expiry: dynamic(() => import("./expiry/expiry-demo").then((m) => counted(m.ExpiryDemo))),
  tabs: dynamic(() => import("./tabs/tabs-demo").then((m) => counted(m.TabsDemo))),
  devices: dynamic(() => import("./devices/devices-demo").then((m) => counted(m.DevicesDemo))),
};

/** The ids that have code here; demo-code.test.ts holds them to the metas. */
export const DEMO_CODE_IDS = Object.keys(DEMO_CODE);

/** One demo's component, by id: its chunk alone is loaded (registry.ts's getDemo checks the id). */
export function DemoCode({ id }: { id: string }) {
  const Component = DEMO_CODE[id];
  if (!Component) throw new Error(`components/demos/demo-code.tsx has no component for the demo "${id}".`);
  return (
    <div data-demo-code={id} className="contents">
      <Component />
    </div>
  );
}
