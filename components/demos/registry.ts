import { AttributesDemo } from "./attributes/attributes-demo";
import { attributesMeta } from "./attributes/meta";
import { CookieBasicsDemo } from "./cookie-basics/cookie-basics-demo";
import { cookieBasicsMeta } from "./cookie-basics/meta";
import { sessionBasicsMeta } from "./session-basics/meta";
import { SessionBasicsDemo } from "./session-basics/session-basics-demo";
import type { Demo } from "./types";

/** Every demo, registered once: lessons, /demos/<id> and /embed/<id> all read this list. */
export const demos: Demo[] = [
  { ...cookieBasicsMeta, Component: CookieBasicsDemo },
  { ...sessionBasicsMeta, Component: SessionBasicsDemo },
  { ...attributesMeta, Component: AttributesDemo },
];

export function getDemo(id: string): Demo | undefined {
  return demos.find((d) => d.id === id);
}
