import { describe, expect, it } from "vitest";
import { DEMO_CODE_IDS } from "./demo-code";
import { demoMetas } from "./metas";

describe("demo-code.tsx", () => {
  it("has code for every registered demo, and for nothing else", () => {
    expect([...DEMO_CODE_IDS].sort()).toEqual(demoMetas.map((m) => m.id).sort());
  });
});
