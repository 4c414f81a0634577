import { z } from "../validations/zod";
import { DEFENCES, SAME_SITE_CHOICES } from "../api/csrf-choices";
import { MECHANISMS } from "../mechanisms";
import { LANGS, THEMES } from "../preferences/preferences";
import { SESSION_OUTCOMES } from "../session/outcomes";
import { PURPOSES } from "../session/purpose";
import { STORE_KINDS } from "../session/store";

/*
 * `exchange.server`, the server's state after a request (DESIGN.md: the exchange), as one union
 * shared by the routes that write it and the inspector that reads it. Each variant is a zod schema
 * and its type is inferred from it: the routes build their state with `satisfies` one of these
 * types, the components narrow on `mechanism` and then on the member only one variant carries
 * (`session`, `verdicts`, `rendersWith`…), and the route tests parse every answer with
 * `serverStateSchema` (lib/testing/api-client.ts). Every variant is strict: a member renamed or
 * added on one side only is a compile error, or a failed parse in a route test.
 *
 * The components import these types only, never the schemas: zod stays out of the demo pages'
 * JavaScript (BENCHMARKS.md, page weight).
 */

const data = z.record(z.string(), z.unknown());
const mechanism = z.enum(MECHANISMS);
const purpose = z.enum(PURPOSES);
const generation = z.enum(["current", "previous"]);

/** The store kinds and session outcomes, as lib/session writes them. */
export const storeKindSchema = z.enum(STORE_KINDS);
export const sessionOutcomeSchema = z.enum(SESSION_OUTCOMES);

/** Only a sentence: a refusal, a tool that keeps nothing (the explainer, the echo, health, oEmbed), a listing. */
const note = z.strictObject({ mechanism: z.union([mechanism, z.literal("none")]), summary: z.string() });

/** One record of the session store, as the inspector's table shows it. */
export const sessionRecordSchema = z.strictObject({
  id: z.string(),
  data,
  createdAt: z.string(),
  lastSeenAt: z.string(),
  idleExpiresAt: z.string(),
  absoluteExpiresAt: z.string(),
});

/** A server session (`/api/session`, its cart and grow, `/api/stores?store=`, logout): the store's record for this visitor. */
const serverSession = z.strictObject({
  mechanism: z.literal("server"),
  summary: z.string(),
  store: storeKindSchema,
  /** What this store costs, in a sentence. */
  storeNote: z.string(),
  outcome: sessionOutcomeSchema,
  session: sessionRecordSchema.nullable(),
  limits: z.strictObject({
    idleTimeoutSeconds: z.number(),
    absoluteTimeoutSeconds: z.number(),
    rolling: z.boolean(),
    renewAfterSeconds: z.number(),
    maxDataBytes: z.number(),
  }),
});

/** A login on a server session: the session moved to a fresh ID (fixation defence), both shown. */
const serverLogin = serverSession.extend({ previousId: z.string().nullable(), newId: z.string().nullable() });

/** The expiry demo's session, with the server's clock so the page counts down without trusting its own. */
const expirySession = serverSession.extend({ serverNow: z.string() });

/** One device of the devices demo's account: its public id is a hash of the session ID, never the ID. */
export const deviceViewSchema = z.strictObject({
  device: z.string(),
  label: z.string(),
  userAgent: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});

/** The devices demo: this device's session, and every device of its account (`ended`, `clearSiteData` after an end). */
const devicesSession = serverSession.extend({
  account: z.string().nullable(),
  devices: z.array(deviceViewSchema),
  ended: z.number().optional(),
  clearSiteData: z.string().nullable().optional(),
});

/** The stores demo's simulated restart of this visitor's memory store. */
const storesRestart = z.strictObject({
  mechanism: z.literal("server"),
  store: z.literal("memory"),
  summary: z.string(),
  lost: z.number(),
  simulated: z.literal(true),
});

/** `/api/sealed` and a sealed login: the server keeps nothing; the unsealed payload, or why it did not open. */
const sealed = z.strictObject({
  mechanism: z.literal("sealed"),
  summary: z.string(),
  holds: z.literal("nothing"),
  payload: data.nullable(),
  purpose: purpose.nullable().optional(),
  secret: generation.optional(),
  sealBytes: z.number().optional(),
  expiresAt: z.string().nullable().optional(),
  reason: z
    .strictObject({
      code: z.enum(["empty", "malformed", "foreign_secret", "expired", "tampered", "wrong_purpose"]),
      message: z.string(),
      purpose: purpose.nullable().optional(),
    })
    .optional(),
});

/** The CSRF demo's account, sealed in the learner's own cookie, and the two headers the forged request carried. */
const csrfAccount = z.strictObject({
  mechanism: z.literal("sealed"),
  summary: z.string(),
  account: z.strictObject({ email: z.string(), sameSite: z.enum(SAME_SITE_CHOICES), defence: z.enum(DEFENCES) }).nullable(),
  received: z.strictObject({ origin: z.string().nullable(), secFetchSite: z.string().nullable() }).optional(),
});

/** `/api/jwt` and a JWT login: the server keeps nothing; the token decoded, whether it checks out, and with which key. */
const jwt = z.strictObject({
  mechanism: z.literal("jwt"),
  summary: z.string(),
  holds: z.literal("nothing"),
  alg: z.string().nullable().optional(),
  kid: z.string().nullable().optional(),
  keyGeneration: generation.nullable().optional(),
  header: data.nullable().optional(),
  payload: data.nullable().optional(),
  valid: z.boolean().optional(),
  purpose: purpose.nullable().optional(),
  reason: z
    .strictObject({
      code: z.enum(["empty", "malformed", "alg_not_allowed", "unknown_key", "bad_signature", "expired", "wrong_purpose", "claim_invalid"]),
      message: z.string(),
    })
    .nullable()
    .optional(),
  tokenBytes: z.number().optional(),
});

/** `/api/cookies`: a raw cookie lives only in the browser. */
const rawCookie = z.strictObject({ mechanism: z.literal("cookie"), holds: z.literal("nothing"), summary: z.string() });

/** `/api/preferences`: the server keeps nothing, and renders the next page with these cookies. */
const preferences = z.strictObject({
  mechanism: z.literal("cookie"),
  holds: z.literal("nothing"),
  rendersWith: z.strictObject({ theme: z.enum(THEMES), lang: z.enum(LANGS) }),
  summary: z.string(),
});

/** The tamper lab's issue: the one record it keeps, the lab's server session. */
const tamperIssued = z.strictObject({
  mechanism: z.literal("none"),
  summary: z.string(),
  labSession: z.strictObject({ id: z.string(), data }),
});

/** The server's answer to "who am I?" for one tamper-lab cookie. */
export const verdictSchema = z.strictObject({
  mechanism,
  cookie: z.string(),
  /** accepted: the server trusts the claim; refused: it ignores the cookie; missing: none was sent. */
  verdict: z.enum(["accepted", "refused", "missing"]),
  /** A few words for the verdict, such as "Refused: unknown session". */
  headline: z.string(),
  /** The identity the server acts on, when accepted. */
  identity: z.strictObject({ user: z.string(), role: z.string() }).nullable(),
  /**
   * Accepted with a claim the lab never issued (it issues LAB_CLAIM): the tampering worked, a
   * security failure, shown in red. A refusal is the defence holding, shown in green.
   */
  forged: z.boolean(),
  reason: z.string(),
  /** What anyone holding the cookie can read without a secret (the JWT's payload), even when refused. */
  readableByAnyone: data.nullable().optional(),
});

/** The tamper lab's check: each lab cookie's verdict. */
const tamperVerdicts = z.strictObject({ mechanism: z.literal("none"), summary: z.string(), verdicts: z.array(verdictSchema) });

/** Every variant by name: the test finds which one each route's answer is. */
export const SERVER_STATE_VARIANTS = {
  note,
  serverSession,
  serverLogin,
  expirySession,
  devicesSession,
  storesRestart,
  sealed,
  csrfAccount,
  jwt,
  rawCookie,
  preferences,
  tamperIssued,
  tamperVerdicts,
} as const;

export const serverStateSchema = z.union(Object.values(SERVER_STATE_VARIANTS));

export type ServerNote = z.infer<typeof note>;
export type SessionRecordView = z.infer<typeof sessionRecordSchema>;
export type ServerSessionState = z.infer<typeof serverSession>;
export type ServerLoginState = z.infer<typeof serverLogin>;
export type ExpirySessionState = z.infer<typeof expirySession>;
export type DeviceView = z.infer<typeof deviceViewSchema>;
export type DevicesState = z.infer<typeof devicesSession>;
export type StoresRestartState = z.infer<typeof storesRestart>;
export type SealedState = z.infer<typeof sealed>;
export type CsrfAccountState = z.infer<typeof csrfAccount>;
export type JwtState = z.infer<typeof jwt>;
export type RawCookieState = z.infer<typeof rawCookie>;
export type PreferencesState = z.infer<typeof preferences>;
export type TamperIssuedState = z.infer<typeof tamperIssued>;
export type Verdict = z.infer<typeof verdictSchema>;
export type TamperVerdictsState = z.infer<typeof tamperVerdicts>;

/** What the server holds for this visitor after the request: one of the variants above, told apart by `mechanism` first. */
export type ServerState = z.infer<typeof serverStateSchema>;

/** The state as the exchange carries it: with the app instance that answered (two instances sharing Redis show the same session). */
export type ServerView = ServerState & { instance: string };

/** `exchange.server` read from JSON: the view, or null when it is not one (a wrong shape, a member missing or unknown). */
export function parseServerView(value: unknown): ServerView | null {
  if (typeof value !== "object" || value === null || !("instance" in value) || typeof value.instance !== "string") return null;
  const { instance, ...state } = value;
  const parsed = serverStateSchema.safeParse(state);
  return parsed.success ? { ...parsed.data, instance } : null;
}

/** The variant `value` is, by name, or null when it is none of them. */
export function serverStateVariant(value: unknown): keyof typeof SERVER_STATE_VARIANTS | null {
  for (const [name, schema] of Object.entries(SERVER_STATE_VARIANTS)) {
    if (schema.safeParse(value).success) return name as keyof typeof SERVER_STATE_VARIANTS;
  }
  return null;
}
