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
import type { Demo } from "./types";

/** Every demo, registered once: lessons, /demos/<id> and /embed/<id> all read this list. */
export const demos: Demo[] = [
  { ...cookieBasicsMeta, Component: CookieBasicsDemo },
  { ...sessionBasicsMeta, Component: SessionBasicsDemo },
  { ...attributesMeta, Component: AttributesDemo },
  { ...sizeLimitMeta, Component: SizeLimitDemo },
  { ...cartMeta, Component: CartDemo },
  { ...tamperMeta, Component: TamperDemo },
  { ...loginMeta, Component: LoginDemo },
  { ...mechanismsMeta, Component: MechanismsDemo },
];

export function getDemo(id: string): Demo | undefined {
  return demos.find((d) => d.id === id);
}
