import { CookieBasicsDemo } from "./cookie-basics/cookie-basics-demo";
import { cookieBasicsMeta } from "./cookie-basics/meta";
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
  { ...tamperMeta, Component: TamperDemo },
  { ...loginMeta, Component: LoginDemo },
  { ...mechanismsMeta, Component: MechanismsDemo },
];

export function getDemo(id: string): Demo | undefined {
  return demos.find((d) => d.id === id);
}
