import type { StatefulMechanism } from "@/lib/mechanisms";

export const LOGIN_MECHANISMS: { id: StatefulMechanism; label: string; endpoint: string }[] = [
  { id: "server", label: "Server session", endpoint: "/api/session" },
  { id: "sealed", label: "Sealed cookie", endpoint: "/api/sealed" },
  { id: "jwt", label: "JWT", endpoint: "/api/jwt" },
];

export function endpointOf(mechanism: StatefulMechanism): string {
  return LOGIN_MECHANISMS.find((m) => m.id === mechanism)!.endpoint;
}
