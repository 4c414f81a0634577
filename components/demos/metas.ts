import { attributesMeta } from "./attributes/meta";
import { cartMeta } from "./cart/meta";
import { cookieBasicsMeta } from "./cookie-basics/meta";
import { csrfMeta } from "./csrf/meta";
import { devicesMeta } from "./devices/meta";
import { expiryMeta } from "./expiry/meta";
import { loginMeta } from "./login/meta";
import { mechanismsMeta } from "./mechanisms/meta";
import { preferencesMeta } from "./preferences/meta";
import { sessionBasicsMeta } from "./session-basics/meta";
import { sizeLimitMeta } from "./size-limit/meta";
import { storesMeta } from "./stores/meta";
import { tabsMeta } from "./tabs/meta";
import { tamperMeta } from "./tamper/meta";
import type { DemoMeta } from "./types";

/**
 * Every demo's words, in the order the lessons meet them, without the components: what a route
 * handler (the oEmbed provider) or the instructors' form may import without pulling in the demos.
 */
export const demoMetas: DemoMeta[] = [
  cookieBasicsMeta,
  preferencesMeta,
  attributesMeta,
  sizeLimitMeta,
  cartMeta,
  sessionBasicsMeta,
  storesMeta,
  mechanismsMeta,
  loginMeta,
  tamperMeta,
  csrfMeta,
  expiryMeta,
  devicesMeta,
  tabsMeta,
];
