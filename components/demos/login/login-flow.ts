export { replayVerdict, stolenFrom, type ReplayVerdict } from "../replay";

export type LoginMechanism = "server" | "sealed" | "jwt";

export const LOGIN_MECHANISMS: { id: LoginMechanism; label: string; endpoint: string }[] = [
  { id: "server", label: "Server session", endpoint: "/api/session" },
  { id: "sealed", label: "Sealed cookie", endpoint: "/api/sealed" },
  { id: "jwt", label: "JWT", endpoint: "/api/jwt" },
];

export function endpointOf(mechanism: LoginMechanism): string {
  return LOGIN_MECHANISMS.find((m) => m.id === mechanism)!.endpoint;
}
