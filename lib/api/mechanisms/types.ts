import type { ServerState } from "../../exchange/server-state";

/** What a mechanism did for one request: the headers to send (Set-Cookie), its state, a sentence. */
export interface MechanismReply<S extends ServerState = ServerState> {
  headers: Headers;
  server: S;
  status?: number;
}

/** The identity the login flow stores, whatever the mechanism. */
export interface LoginIdentity {
  user: string;
  displayName: string;
  role: "user";
  loggedInAt: string;
}
