import { LAB_COOKIE_NAMES } from "@/lib/api/tamper/lab-names";
import type { Mechanism } from "@/lib/mechanisms";
import { changeOneCharacter, promoteJwt, promoteRawClaim } from "./token-edits";

/** How each lab cookie is presented: what it is, what the page can read of it, and the obvious attack. */
export interface LabCardInfo {
  mechanism: Mechanism;
  cookie: string;
  title: string;
  holds: string;
  quickEdit: { label: string; apply: (value: string) => string };
}

export const LAB_CARDS: LabCardInfo[] = [
  {
    mechanism: "cookie",
    cookie: LAB_COOKIE_NAMES.cookie,
    title: "Raw cookie",
    holds: "The claim itself, in plain text: anyone can read it and change it.",
    quickEdit: { label: "Make me admin", apply: promoteRawClaim },
  },
  {
    mechanism: "sealed",
    cookie: LAB_COOKIE_NAMES.sealed,
    title: "Sealed cookie (iron-session)",
    holds: "The claim encrypted and authenticated with the server's secret: this page cannot read it, only change bytes blindly.",
    quickEdit: { label: "Change one character", apply: changeOneCharacter },
  },
  {
    mechanism: "jwt",
    cookie: LAB_COOKIE_NAMES.jwt,
    title: "JWT (HS256)",
    holds: "The claim in base64url, signed but not encrypted: anyone can read it; only the secret can sign a changed one.",
    quickEdit: { label: "Make me admin (keep the old signature)", apply: promoteJwt },
  },
  {
    mechanism: "server",
    cookie: LAB_COOKIE_NAMES.server,
    title: "Server session ID",
    holds: "Only a random 256-bit ID; the claim stays in the server's store, out of the browser's reach.",
    quickEdit: { label: "Change one character", apply: changeOneCharacter },
  },
];
