import { createHash } from "node:crypto";
import { ApiError } from "../http/api-error";
import { getSessionStore } from "../session/create-store";
import { deviceOwner, DEVICE_USERNAME, newDeviceAccount, verifyDeviceAccount } from "../session/device-account";
import { SessionManager, type SessionResult } from "../session/manager";
import { outcomeMessage } from "../session/outcomes";
import { LOGIN_KEY } from "../session/purpose";
import { getNewSessionLimit } from "../session/runtime";
import type { SessionData, SessionRecord } from "../session/store";
import type { DeviceEndBody } from "../validations/devices";
import { serverReply, sessionRequest } from "./mechanisms/server";
import type { DevicesState, DeviceView } from "../exchange/server-state";
import type { MechanismReply } from "./mechanisms/types";

/** The demo's own cookie, so its sessions never touch the site's `sid`. */
export const DEVICES_COOKIE = "devices-sid";
/** Most live sessions one demo account keeps; a further login is refused until one ends. */
export const MAX_DEVICES = 8;
/** The header a logout sends: the browser deletes every cookie of this site (W3C Clear Site Data, §3.1). */
export const CLEAR_COOKIES = '"cookies"';

const ownerOf = (data: SessionData): string | undefined => {
  const user = (data[LOGIN_KEY] as { user?: unknown } | undefined)?.user;
  return typeof user === "string" && DEVICE_USERNAME.test(user) ? deviceOwner(user) : undefined;
};

/** The demo's manager over the site's store; its logins are indexed by account (manager.ts, ownerOf). */
export function devicesManager(): SessionManager {
  return new SessionManager({ store: getSessionStore(), newSessionLimit: getNewSessionLimit(), cookieName: DEVICES_COOKIE, ownerOf });
}

/**
 * A device's public id: a hash of its session ID, never the ID itself, which is a password: a list
 * that showed the IDs would hand every device's login to whoever reads it.
 */
export const deviceHandle = (sessionId: string) => createHash("sha256").update(sessionId).digest("base64url").slice(0, 16);

/** "Firefox on Linux", from the User-Agent: enough to recognise a device, as account pages do. */
export function deviceName(userAgent: string): string {
  const browser = /Firefox\//.test(userAgent)
    ? "Firefox"
    : /Edg\//.test(userAgent)
      ? "Edge"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "A browser";
  const os = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux|X11/.test(userAgent)
            ? "Linux"
            : "";
  return os ? `${browser} on ${os}` : browser;
}

interface Signed {
  manager: SessionManager;
  result: SessionResult;
  /** The account's owner key and its live sessions, this one among them; null when nobody is logged in here. */
  account: { username: string; owner: string; sessions: SessionRecord[] } | null;
}

/** The account's live sessions, when `session` is one of them (a login of this demo); else null. */
async function accountOf(manager: SessionManager, session: SessionRecord | null): Promise<Signed["account"]> {
  const owner = session && ownerOf(session.data);
  if (!session || !owner) return null;
  const now = Date.now();
  const sessions = (await manager.store.listOwned(owner)).filter((s) => s.idleExpiresAt > now && s.absoluteExpiresAt > now);
  if (!sessions.some((s) => s.id === session.id)) return null;
  return { username: owner.slice("devices:".length), owner, sessions };
}

/**
 * Reads this device's session, then its account's sessions from the store's owner index. The
 * account counts only when this very session is in that index: a session this demo's login did not
 * start (say, the site's `sid` sent as `devices-sid`) is not logged in here, whatever its data says.
 */
async function signedIn(request: Request): Promise<Signed> {
  const manager = devicesManager();
  const result = await manager.read(sessionRequest(request, manager));
  return { manager, result, account: await accountOf(manager, result.session) };
}

function view(record: SessionRecord, currentId: string | undefined): DeviceView {
  const device = (record.data.device ?? {}) as { label?: string; userAgent?: string };
  return {
    device: deviceHandle(record.id),
    label: device.label ?? "A device",
    userAgent: device.userAgent ?? "",
    createdAt: new Date(record.createdAt).toISOString(),
    lastSeenAt: new Date(record.lastSeenAt).toISOString(),
    current: record.id === currentId,
  };
}

/** What an end adds to the devices' state: how many sessions it ended, and whether it cleared the site's cookies. */
type EndDetails = Pick<DevicesState, "ended" | "clearSiteData">;

function reply(request: Request, s: Signed, summary: string, extra: EndDetails = {}): MechanismReply<DevicesState> & { devices: DeviceView[] } {
  const devices = s.account?.sessions.map((r) => view(r, s.result.session?.id)) ?? [];
  const base = serverReply(request, s.manager, s.result);
  const server = { ...base.server, summary: `${s.result.message} ${summary}`.trim(), account: s.account?.username ?? null, devices, ...extra };
  return { ...base, server: server satisfies DevicesState, devices };
}

/** GET /api/devices: this device's session and, when logged in, every device of the account. */
export async function readDevices(request: Request) {
  const s = await signedIn(request);
  const summary = s.account
    ? `Logged in as ${s.account.username} on ${s.account.sessions.length} device${s.account.sessions.length === 1 ? "" : "s"}: the store found them through its index of this account's sessions.`
    : "Nobody is logged in on this device.";
  return reply(request, s, summary);
}

/** POST /api/devices/account: a fresh private account; nothing is stored (device-account.ts). */
export function createAccount() {
  return newDeviceAccount();
}

/** POST /api/devices/login: a new session under a fresh ID, indexed under the account. */
export async function loginDevice(request: Request, body: { username: string; password: string; label?: string }) {
  if (!verifyDeviceAccount(body.username, body.password)) {
    throw new ApiError(401, "invalid_credentials", 'That username and password do not match: use the pair that "Create my account" gave you. Nothing was set.');
  }
  const manager = devicesManager();
  const owner = deviceOwner(body.username);
  const now = Date.now();
  const live = (await manager.store.listOwned(owner)).filter((s) => s.idleExpiresAt > now && s.absoluteExpiresAt > now);
  if (live.length >= MAX_DEVICES) {
    throw new ApiError(
      409,
      "too_many_devices",
      `This account is already logged in on ${MAX_DEVICES} devices, the most this demo keeps: end one of them first. Nothing was set.`,
    );
  }
  const userAgent = (request.headers.get("user-agent") ?? "").slice(0, 200);
  const device = { label: body.label ?? deviceName(userAgent), userAgent };
  const identity = { user: body.username, displayName: body.username, role: "user", loggedInAt: new Date(now).toISOString() };
  const req = sessionRequest(request, manager);
  const result = await manager.regenerate(req, { [LOGIN_KEY]: identity, device });
  const account = await accountOf(manager, result.session);
  return reply(request, { manager, result, account }, `This device is now one of the account's sessions, found in the store's index for ${body.username}.`);
}

/** POST /api/devices/end: ends this device, one device, every other device, or all of them. */
export async function endDevices(request: Request, body: DeviceEndBody) {
  const s = await signedIn(request);
  if (!s.account)
    throw new ApiError(401, "not_logged_in", "Nobody is logged in on this device, so there are no sessions to end: log in first. Nothing was changed.");
  const current = s.result.session!.id;
  let ids: string[] | undefined;
  if (body.which === "this") ids = [current];
  if (body.which === "one") {
    const target = s.account.sessions.find((r) => deviceHandle(r.id) === body.device);
    if (!target)
      throw new ApiError(404, "unknown_device", "No device of this account has that id (it may have ended already): reload the list. Nothing was changed.");
    ids = [target.id];
  }
  const ended = await s.manager.store.destroyOwned(s.account.owner, { ids, except: body.which === "others" ? current : undefined });
  const endedHere = ended.includes(current);
  const clear = endedHere && (!("clearSiteData" in body) || body.clearSiteData !== false);
  const account = endedHere ? null : await accountOf(s.manager, s.result.session);
  // This device's record is gone already: destroy() only clears its cookie, so say what happened to it.
  const result = endedHere
    ? { ...(await s.manager.destroy(sessionRequest(request, s.manager))), outcome: "destroyed" as const, message: outcomeMessage("destroyed", s.manager) }
    : s.result;
  const count = `${ended.length} session${ended.length === 1 ? "" : "s"}`;
  const what = endedHere
    ? `Ended ${count}, this device's among them: its cookie is cleared.${clear ? ` The response also carried Clear-Site-Data: ${CLEAR_COOKIES}, so the browser deleted every cookie of this site (its subdomains too), not only this one: the theme, language and other demos' cookies went with it.` : ""}`
    : `Ended ${count} on the server, at once: those devices' cookies still exist, but point at nothing, so their next request finds no session.`;
  const out = reply(request, { manager: s.manager, result, account }, what, { ended: ended.length, clearSiteData: clear ? CLEAR_COOKIES : null });
  if (clear) out.headers.set("clear-site-data", CLEAR_COOKIES);
  return out;
}
