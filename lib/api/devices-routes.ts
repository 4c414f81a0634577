import { respond } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";
import { readJson } from "../http/read-json";
import { deviceEndBody, deviceLoginBody } from "../validations/devices";
import { createAccount, endDevices, loginDevice, readDevices } from "./devices";
import { sendMechanismReply } from "./state-routes";

/** What a refused request reports as the server's state. */
export const DEVICES_ERROR_VIEW = {
  mechanism: "server",
  summary: "Nothing was changed: no session was started or ended by this request.",
} as const satisfies ServerNote;

/** GET /api/devices: this device's session and the account's devices. */
export async function listDevices(request: Request): Promise<Response> {
  const r = await readDevices(request);
  return sendMechanismReply(request, r, { devices: r.devices });
}

/** POST /api/devices/account: a private demo account; the server stores nothing. */
export async function startDeviceAccount(request: Request): Promise<Response> {
  const account = createAccount();
  const summary = `A private account for you: ${account.username}. The server stored nothing: the password is an HMAC of the username under its secret, so it can check it later without keeping it.`;
  return respond(request, { body: { message: summary, ...account }, server: { mechanism: "none", summary } satisfies ServerNote });
}

/** POST /api/devices/login {username, password, label?}. */
export async function loginOnDevice(request: Request): Promise<Response> {
  const r = await loginDevice(request, await readJson(request, deviceLoginBody));
  return sendMechanismReply(request, r, { devices: r.devices });
}

/** POST /api/devices/end {which: "this" | "one" | "others" | "all", device?, clearSiteData?}. */
export async function endDeviceSessions(request: Request): Promise<Response> {
  const r = await endDevices(request, await readJson(request, deviceEndBody));
  return sendMechanismReply(request, r, { devices: r.devices });
}
