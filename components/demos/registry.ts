import { CookieBasicsDemo } from "./cookie-basics/cookie-basics-demo";
import { cookieBasicsMeta } from "./cookie-basics/meta";
import { ExpiryDemo } from "./expiry/expiry-demo";
import { expiryMeta } from "./expiry/meta";
import { preferencesMeta } from "./preferences/meta";
import { PreferencesDemo } from "./preferences/preferences-demo";
import { storesMeta } from "./stores/meta";
import { StoresDemo } from "./stores/stores-demo";
import { tabsMeta } from "./tabs/meta";
import { TabsDemo } from "./tabs/tabs-demo";
import type { Demo } from "./types";

/** Every demo, registered once: lessons, /demos/<id> and /embed/<id> all read this list. */
export const demos: Demo[] = [
  { ...cookieBasicsMeta, Component: CookieBasicsDemo },
  { ...expiryMeta, Component: ExpiryDemo },
  { ...storesMeta, Component: StoresDemo },
  { ...tabsMeta, Component: TabsDemo },
  { ...preferencesMeta, Component: PreferencesDemo },
];

export function getDemo(id: string): Demo | undefined {
  return demos.find((d) => d.id === id);
}
