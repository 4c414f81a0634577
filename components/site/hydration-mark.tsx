"use client"; // an effect, which only runs once React has hydrated the page

import { useEffect } from "react";

declare global {
  interface Window {
    /** True once React has hydrated this page (its first commit's effects ran). */
    __labHydrated?: boolean;
  }
}

/**
 * Marks the page as hydrated, for the e2e tests: React reads a field's value at its first render
 * and writes it back at its commit, so a test that types in between (Playwright types fast) may
 * have its text reset or merged with the server's. Tests that are not about the page before its
 * scripts ran wait for this mark first (e2e/hydration.ts).
 */
export function HydrationMark() {
  useEffect(() => {
    window.__labHydrated = true;
  }, []);
  return null;
}
