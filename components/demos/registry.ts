import { AttributesDemo } from "./attributes/attributes-demo";
import { attributesMeta } from "./attributes/meta";
import { CartDemo } from "./cart/cart-demo";
import { cartMeta } from "./cart/meta";
import { CookieBasicsDemo } from "./cookie-basics/cookie-basics-demo";
import { cookieBasicsMeta } from "./cookie-basics/meta";
import { sessionBasicsMeta } from "./session-basics/meta";
import { SessionBasicsDemo } from "./session-basics/session-basics-demo";
import { sizeLimitMeta } from "./size-limit/meta";
import { SizeLimitDemo } from "./size-limit/size-limit-demo";
import { LoginDemo } from "./login/login-demo";
import { loginMeta } from "./login/meta";
import { mechanismsMeta } from "./mechanisms/meta";
import { MechanismsDemo } from "./mechanisms/mechanisms-demo";
import { tamperMeta } from "./tamper/meta";
import { TamperDemo } from "./tamper/tamper-demo";
import { ExpiryDemo } from "./expiry/expiry-demo";
import { expiryMeta } from "./expiry/meta";
import { preferencesMeta } from "./preferences/meta";
import { PreferencesDemo } from "./preferences/preferences-demo";
import { storesMeta } from "./stores/meta";
import { StoresDemo } from "./stores/stores-demo";
import { tabsMeta } from "./tabs/meta";
import { TabsDemo } from "./tabs/tabs-demo";
import type { Demo } from "./types";

/** Every demo, registered once, in the order the lessons meet them: lessons, /demos/<id> and /embed/<id> all read this list. */
export const demos: Demo[] = [
  { ...cookieBasicsMeta, Component: CookieBasicsDemo },
  { ...preferencesMeta, Component: PreferencesDemo },
  { ...attributesMeta, Component: AttributesDemo },
  { ...sizeLimitMeta, Component: SizeLimitDemo },
  { ...cartMeta, Component: CartDemo },
  { ...sessionBasicsMeta, Component: SessionBasicsDemo },
  { ...storesMeta, Component: StoresDemo },
  { ...mechanismsMeta, Component: MechanismsDemo },
  { ...loginMeta, Component: LoginDemo },
  { ...tamperMeta, Component: TamperDemo },
  { ...expiryMeta, Component: ExpiryDemo },
  { ...tabsMeta, Component: TabsDemo },
];

export function getDemo(id: string): Demo | undefined {
  return demos.find((d) => d.id === id);
}
