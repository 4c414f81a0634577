import type { StatefulMechanism } from "../../mechanisms";
import { jwtMechanism } from "./jwt";
import { sealedMechanism } from "./sealed";
import { serverMechanism } from "./server";

/** The three stateful mechanisms behind /api/session, /api/sealed, /api/jwt and the login flow. */
export const MECHANISM_HANDLERS = { server: serverMechanism, sealed: sealedMechanism, jwt: jwtMechanism } as const satisfies Record<StatefulMechanism, unknown>;
