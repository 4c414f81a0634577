import type { ServerState } from "../../exchange/exchange";

/** What a mechanism did for one request: the headers to send (Set-Cookie), its state, a sentence. */
export interface MechanismReply {
  headers: Headers;
  server: ServerState;
  status?: number;
}

/** The identity the login flow stores, whatever the mechanism. */
export interface LoginIdentity {
  user: string;
  displayName: string;
  role: "user";
  loggedInAt: string;
}
