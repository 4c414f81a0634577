"use client"; // an effect: it reads and writes document.cookie

import { useEffect } from "react";
import { checkSecureCookies } from "@/lib/http/secure-cookie-check";

/** Tells the lab, on plain http://localhost, whether this browser keeps Secure cookies (lib/http/secure-cookie-check.ts). */
export function SecureCookieCheck() {
  useEffect(() => {
    checkSecureCookies(window);
  }, []);
  return null;
}
