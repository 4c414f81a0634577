"use client"; // forms that log this browser in and end sessions, feeding the inspector

import { useEffect, useId, useState } from "react";
import type { ServerView } from "@/lib/exchange/server-state";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { Button } from "@/components/ui/button";
import { CheckField, TextField } from "@/components/ui/field";
import { useCheckedState, useFieldState } from "@/components/ui/use-field-state";
import { DeviceList } from "./device-list";

/** The state of a devices reply: this device's session and the account's devices. */
type DevicesView = Extract<ServerView, { devices: unknown }>;

const box = "min-w-0 rounded-xl border border-stone-200 p-4 dark:border-stone-700";

/** "Log out everywhere": one learner's private account, logged in from several browsers, on the site's session store. */
export function DevicesDemo() {
  const id = useId();
  const { steps, call, busy, announcement } = useExchanges();
  const [username, setUsername] = useFieldState(`${id}-user`, "");
  const [password, setPassword] = useFieldState(`${id}-pass`, "");
  const [label, setLabel] = useFieldState(`${id}-label`, "");
  const [clearSite, setClearSite] = useCheckedState(`${id}-csd`, true);
  const [created, setCreated] = useState(false);

  useEffect(() => {
    void call("Read this device's session", "GET", "/api/devices");
  }, [call]);

  const latest = steps.map((s) => s.exchange?.server).find((server): server is DevicesView => server !== undefined && "devices" in server);
  const devices = latest?.devices ?? [];
  const account = latest?.account ?? null;

  const createAccount = async () => {
    const res = await fetch("/api/devices/account", { method: "POST" });
    const body = (await res.json()) as { username?: string; password?: string };
    if (body.username && body.password) {
      setUsername(body.username);
      setPassword(body.password);
      setCreated(true);
    }
  };
  const end = (which: string, labelText: string, extra: Record<string, unknown> = {}) =>
    void call(labelText, "POST", "/api/devices/end", { which, ...extra, ...(which === "others" ? {} : { clearSiteData: clearSite }) });

  return (
    <div className="space-y-6">
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby={`${id}-login`} className={box}>
          <h2 id={`${id}-login`} className="text-lg font-semibold">
            1. Log in, from two browsers
          </h2>
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            Your own account, so nobody else sees your devices. Log in here, then open this page in a private window or another browser and log in with the same
            pair: that is your second device.
          </p>
          <Button className="mt-3" disabled={busy} onClick={() => void createAccount()}>
            Create my account
          </Button>
          {created && (
            <p className="mt-2 text-sm" role="status">
              Account created. Copy the username and password to your other browser.
            </p>
          )}
          <form
            className="mt-3 grid gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              void call("Log in on this device", "POST", "/api/devices/login", { username, password, ...(label.trim() && { label: label.trim() }) });
            }}
          >
            <TextField
              id={`${id}-user`}
              label="Username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            <TextField
              id={`${id}-pass`}
              label="Password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            <TextField
              id={`${id}-label`}
              label="Name this device (optional)"
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              hint="Left empty, the server names it after the browser, e.g. Firefox on Linux."
              autoComplete="off"
              maxLength={40}
            />
            <div>
              <Button type="submit" variant="primary" disabled={busy || !username || !password}>
                Log in on this device
              </Button>
            </div>
          </form>
        </section>
        <section aria-labelledby={`${id}-devices`} className={box}>
          <h2 id={`${id}-devices`} className="text-lg font-semibold">
            2. Where you are logged in
          </h2>
          {account ? (
            <>
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                Every session of <span className="font-mono">{account}</span>, found through the store&apos;s index of this account&apos;s sessions.
              </p>
              <DeviceList devices={devices} busy={busy} onEnd={(d) => end("one", `End ${d.label}`, { device: d.device })} />
              <div className="mt-3 space-y-3">
                <CheckField
                  id={`${id}-csd`}
                  label={'Send Clear-Site-Data: "cookies" when this device logs out'}
                  hint="The browser then deletes every cookie of this site, not only the session's: your theme and the other demos' cookies too."
                  checked={clearSite}
                  onChange={(e) => setClearSite(e.target.checked)}
                />
                <div className="flex flex-wrap gap-2">
                  <Button disabled={busy} onClick={() => void call("Reload the list", "GET", "/api/devices")}>
                    Reload the list
                  </Button>
                  <Button variant="danger" disabled={busy || devices.length < 2} onClick={() => end("others", "Log out other devices")}>
                    Log out other devices
                  </Button>
                  <Button variant="danger" disabled={busy} onClick={() => end("this", "Log out this device")}>
                    Log out this device
                  </Button>
                  <Button variant="danger" disabled={busy} onClick={() => end("all", "Log out everywhere")}>
                    Log out everywhere
                  </Button>
                </div>
              </div>
            </>
          ) : (
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300" data-testid="no-devices">
              Not logged in on this device.{" "}
              <Button className="ml-1" disabled={busy} onClick={() => void call("Reload the list", "GET", "/api/devices")}>
                Reload the list
              </Button>
            </p>
          )}
        </section>
      </div>
      <Inspector steps={steps} announcement={announcement} />
    </div>
  );
}
