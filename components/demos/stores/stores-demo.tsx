"use client"; // buttons that call the API for each store, and the inspector

import { useEffect, useState } from "react";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import type { Step } from "@/components/inspector/types";
import { Button } from "@/components/ui/button";
import { StoreCard, STORE_INFO, type StoreKind } from "./store-card";

const KINDS: StoreKind[] = ["memory", "sqlite", "redis"];

export function StoresDemo() {
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const [last, setLast] = useState<Partial<Record<StoreKind, Step>>>({});
  const [redis, setRedis] = useState<boolean | null>(null);
  const [cart, setCart] = useState(0);

  // Whether this server has Redis: GET /api/stores without ?store= lists the stores it can show.
  useEffect(() => {
    void fetch("/api/stores", { credentials: "same-origin" })
      .then((res) => res.json() as Promise<{ stores?: { redis?: boolean } }>)
      .then((json) => setRedis(json.stores?.redis === true))
      .catch(() => setRedis(false));
  }, []);

  const kinds = KINDS.filter((k) => k !== "redis" || redis);
  const each = async (label: string, method: "GET" | "POST", body?: unknown) => {
    for (const kind of kinds) {
      const step = await call(`${label} ${STORE_INFO[kind].title}`, method, `/api/stores?store=${kind}`, body);
      setLast((prev) => ({ ...prev, [kind]: step }));
    }
  };
  const write = async () => {
    setCart(cart + 1);
    await each("Write to", "POST", { cart: cart + 1 });
  };
  const restart = () => call("Restart the memory store", "POST", "/api/stores/restart");

  return (
    <div className="space-y-6">
      <div className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-700">
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" disabled={busy} onClick={() => void write()}>
            Write to every store
          </Button>
          <Button disabled={busy} onClick={() => void each("Read", "GET")}>
            Read every store
          </Button>
          <Button variant="danger" disabled={busy} onClick={() => void restart()}>
            Restart the memory store (simulated)
          </Button>
        </div>
        <ActionStatus exchanges={exchanges} />
        <p className="max-w-3xl text-sm text-stone-700 dark:text-stone-300">
          The restart is simulated: the app keeps running, but your memory store is swapped for an empty one, which is exactly what a real restart leaves behind
          (a real one would empty every visitor&apos;s; here each visitor has their own). SQLite and Redis are not touched.
        </p>
        <div className="grid gap-3 @2xl:grid-cols-3">
          {KINDS.map((kind) => (
            <StoreCard key={kind} kind={kind} last={last[kind]} configured={kind === "redis" ? redis : true} />
          ))}
        </div>
      </div>
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
