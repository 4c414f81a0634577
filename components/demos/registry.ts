import { demoMetas } from "./metas";
import type { DemoMeta } from "./types";

/**
 * Every demo, registered once: its words in metas.ts, its code in demo-code.tsx (one chunk each,
 * loaded only where the demo is shown). Lessons, /demos/<id> and /embed/<id> look demos up here and
 * render <DemoCode id={demo.id} />.
 */
export const demos: DemoMeta[] = demoMetas;

export function getDemo(id: string): DemoMeta | undefined {
  return demos.find((d) => d.id === id);
}
