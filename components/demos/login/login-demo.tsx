"use client"; // a login form that calls the API, and replays a copied cookie through document.cookie

import { useId, useState } from "react";
import { useFieldState, useRadioState } from "@/components/ui/use-field-state";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useEmbed } from "@/components/embed/embed-context";
import { usePageCookieWriter } from "@/components/embed/use-cookie-attributes";
import { FlowResults, type Results } from "./flow-results";
import type { StatefulMechanism } from "@/lib/mechanisms";
import { replayVerdict, stolenFrom } from "../replay";
import { endpointOf, LOGIN_MECHANISMS } from "./login-flow";

const MECHANISM_IDS = LOGIN_MECHANISMS.map((m) => m.id);
const JWT_ALGS = [
  { id: "HS256", label: "HS256 (the server's secret)" },
  { id: "ES256", label: "ES256 (a key pair: public key at /.well-known/jwks.json)" },
] as const;
const ALG_IDS = JWT_ALGS.map((a) => a.id);

export function LoginDemo() {
  const id = useId();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const embed = useEmbed();
  const writePageCookie = usePageCookieWriter();
  const [mechanism, setMechanism] = useRadioState(
    `${id}-mechanism`,
    LOGIN_MECHANISMS.find((m) => m.id === embed?.options.mechanism)?.id ?? "server",
    MECHANISM_IDS,
  );
  const [alg, setAlg] = useRadioState(`${id}-alg`, "HS256", ALG_IDS);
  const [username, setUsername] = useFieldState(`${id}-user`, "ada");
  const [password, setPassword] = useFieldState(`${id}-password`, "lovelace");
  const [results, setResults] = useState<Results>({});
  const [notice, setNotice] = useState("");
  const label = LOGIN_MECHANISMS.find((m) => m.id === mechanism)!.label;

  const pick = (m: StatefulMechanism) => {
    setMechanism(m);
    setResults({});
    setNotice("");
  };
  const browse = async () => {
    await call(`Browse first (${label})`, "POST", endpointOf(mechanism), { cart: 1 });
    setNotice("You browsed without logging in: a cart of 1 item is kept.");
  };
  const login = async () => {
    const signed = mechanism === "jwt" ? ` ${alg}` : "";
    const step = await call(`Log in (${label}${signed})`, "POST", `/api/login?mechanism=${mechanism}${mechanism === "jwt" ? `&alg=${alg}` : ""}`, {
      username,
      password,
    });
    if (step.error) {
      setResults((r) => ({ ...r, login: undefined }));
      setNotice(`Login refused: ${step.error.message}`);
      return;
    }
    // A login on a server session moves it to a fresh ID, and its state shows both.
    const server = step.exchange?.server;
    const moved = server && "newId" in server ? server : null;
    const ids = mechanism === "server" ? { previousId: moved?.previousId ?? null, newId: moved?.newId ?? null } : undefined;
    setResults((r) => ({ ...r, login: { setCookie: step.exchange?.response.setCookie ?? [], ids }, replay: undefined }));
    setNotice(
      ids
        ? `Logged in as ada. The session ID changed from ${ids.previousId ? "the one you browsed with" : "none"} to a new one.`
        : `Logged in as ada with a ${label.toLowerCase()}${signed ? ` signed with${signed}` : ""}.`,
    );
  };
  const steal = () => {
    const stolen = stolenFrom(results.login?.setCookie ?? []);
    if (!stolen) return;
    setResults((r) => ({ ...r, stolen: { ...stolen, mechanism } }));
    setNotice(`Copied ${stolen.name} from the login's Set-Cookie line, as an attacker who saw it would.`);
  };
  const logout = async () => {
    await call(`Log out (${label})`, "POST", `/api/logout?mechanism=${mechanism}`);
    setNotice("Logged out: the response clears the cookie in this browser.");
  };
  const replay = async () => {
    const stolen = results.stolen;
    if (!stolen) return;
    // The attacker's own browser: put the copied value back as the cookie, then visit the site.
    writePageCookie(stolen.name, stolen.value);
    const step = await call(`Replay the stolen copy (${label})`, "GET", endpointOf(stolen.mechanism));
    const verdict = replayVerdict(stolen.mechanism, step.exchange?.server);
    setResults((r) => ({ ...r, replay: verdict }));
    setNotice(`Replay: ${verdict.headline}.`);
  };
  const whoAmI = () => call(`Who am I? (${label})`, "GET", endpointOf(mechanism));

  return (
    <div className="space-y-6">
      <div className="grid gap-4 @4xl:grid-cols-2">
        <form
          className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-700"
          onSubmit={(e) => {
            e.preventDefault();
            void login();
          }}
        >
          <fieldset>
            <legend className="text-sm font-medium">Keep the login in</legend>
            <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
              {LOGIN_MECHANISMS.map((m) => (
                <label key={m.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${id}-mechanism`}
                    value={m.id}
                    checked={mechanism === m.id}
                    onChange={() => pick(m.id)}
                    className="h-4 w-4 accent-cookie-700"
                  />
                  {m.label}
                </label>
              ))}
            </div>
          </fieldset>
          {/* Always rendered, so the page's HTML and its first client render agree whichever mechanism
              a learner picked before hydration; it only applies to a JWT. */}
          <fieldset disabled={mechanism !== "jwt"}>
            <legend className="text-sm font-medium">Sign a JWT with</legend>
            <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
              {JWT_ALGS.map((a) => (
                <label key={a.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${id}-alg`}
                    value={a.id}
                    checked={alg === a.id}
                    onChange={() => setAlg(a.id)}
                    className="h-4 w-4 accent-cookie-700"
                  />
                  {a.label}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-4 @xl:grid-cols-2">
            <TextField
              id={`${id}-user`}
              label="Username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              hint="The demo account is ada."
            />
            <TextField
              id={`${id}-password`}
              label="Password"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              hint="Its password is lovelace."
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void browse()} disabled={busy}>
              Browse first
            </Button>
            <Button type="submit" variant="primary" disabled={busy}>
              Log in
            </Button>
            <Button onClick={() => void whoAmI()} disabled={busy}>
              Who am I?
            </Button>
          </div>
          <ActionStatus exchanges={exchanges} />
        </form>
        <div className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-700">
          <h2 className="font-semibold">Steal, log out, replay</h2>
          <ol className="list-decimal space-y-1 pl-5 text-sm text-stone-700 dark:text-stone-300">
            <li>Copy the cookie from the login&apos;s Set-Cookie line, as someone who saw the response would.</li>
            <li>Log out: the site clears the cookie in this browser.</li>
            <li>Replay: this page writes the copy back with document.cookie (the real cookie is HttpOnly and gone now), then asks the server who you are.</li>
          </ol>
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={steal}
              disabled={busy || !stolenFrom(results.login?.setCookie ?? [])}
              why={stolenFrom(results.login?.setCookie ?? []) ? undefined : "Log in first: there is no cookie to copy yet."}
            >
              Steal the cookie
            </Button>
            <Button variant="danger" onClick={() => void logout()} disabled={busy}>
              Log out
            </Button>
            <Button onClick={() => void replay()} disabled={busy || !results.stolen} why={results.stolen ? undefined : "Steal the cookie first."}>
              Replay the stolen copy
            </Button>
          </div>
        </div>
      </div>
      <p role="status" aria-live="polite" data-testid="login-notice" className="min-h-5 text-sm">
        {notice}
      </p>
      <FlowResults results={results} />
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
