import type { ComponentType } from "react";
import { AttributesDemo } from "./attributes/attributes-demo";
import { CartDemo } from "./cart/cart-demo";
import { CookieBasicsDemo } from "./cookie-basics/cookie-basics-demo";
import { CsrfDemo } from "./csrf/csrf-demo";
import { DevicesDemo } from "./devices/devices-demo";
import { ExpiryDemo } from "./expiry/expiry-demo";
import { LoginDemo } from "./login/login-demo";
import { MechanismsDemo } from "./mechanisms/mechanisms-demo";
import { demoMetas } from "./metas";
import { PreferencesDemo } from "./preferences/preferences-demo";
import { SessionBasicsDemo } from "./session-basics/session-basics-demo";
import { SizeLimitDemo } from "./size-limit/size-limit-demo";
import { StoresDemo } from "./stores/stores-demo";
import { TabsDemo } from "./tabs/tabs-demo";
import { TamperDemo } from "./tamper/tamper-demo";
import type { Demo } from "./types";

const COMPONENTS: Record<string, ComponentType> = {
  "cookie-basics": CookieBasicsDemo,
  preferences: PreferencesDemo,
  attributes: AttributesDemo,
  "size-limit": SizeLimitDemo,
  cart: CartDemo,
  "session-basics": SessionBasicsDemo,
  stores: StoresDemo,
  mechanisms: MechanismsDemo,
  login: LoginDemo,
  tamper: TamperDemo,
  csrf: CsrfDemo,
  expiry: ExpiryDemo,
  tabs: TabsDemo,
  devices: DevicesDemo,
};

/** Every demo, registered once (its words in metas.ts, its component here): lessons, /demos/<id> and /embed/<id> all read this list. */
export const demos: Demo[] = demoMetas.map((meta) => {
  const Component = COMPONENTS[meta.id];
  if (!Component) throw new Error(`components/demos/registry.ts has no component for the demo "${meta.id}".`);
  return { ...meta, Component };
});

export function getDemo(id: string): Demo | undefined {
  return demos.find((d) => d.id === id);
}
