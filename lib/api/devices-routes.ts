import { respond } from "../exchange/exchange";
import { handle } from "../http/handle";
import { readJson } from "../http/read-json";
import { deviceEndBody, deviceLoginBody } from "../validations/devices";
import { createAccount, endDevices, loginDevice, readDevices } from "./devices";
import { sendMechanismReply } from "./state-routes";

const onError = { mechanism: "server", summary: "Nothing was changed: no session was started or ended by this request." } as const;

/** GET /api/devices: this device's session and the account's devices. */
export const devicesRoute = handle(onError, async (request) => {
  const r = await readDevices(request);
  return sendMechanismReply(request, r, { devices: r.devices });
});

/** POST /api/devices/account: a private demo account; the server stores nothing. */
export const deviceAccountRoute = handle(onError, async (request) => {
  const account = createAccount();
  const summary = `A private account for you: ${account.username}. The server stored nothing: the password is an HMAC of the username under its secret, so it can check it later without keeping it.`;
  return respond(request, { body: { message: summary, ...account }, server: { mechanism: "none", summary } });
});

/** POST /api/devices/login {username, password, label?}. */
export const deviceLoginRoute = handle(onError, async (request) => {
  const r = await loginDevice(request, await readJson(request, deviceLoginBody));
  return sendMechanismReply(request, r, { devices: r.devices });
});

/** POST /api/devices/end {which: "this" | "one" | "others" | "all", device?, clearSiteData?}. */
export const deviceEndRoute = handle(onError, async (request) => {
  const r = await endDevices(request, await readJson(request, deviceEndBody));
  return sendMechanismReply(request, r, { devices: r.devices });
});
