"use client"; // an effect, which only runs once React has hydrated the page

import { useEffect } from "react";

declare global {
  interface Window {
    /** True once React has hydrated this page (its first commit's effects ran). */
    __labHydrated?: boolean;
  }
}

/**
 * Marks the page as hydrated, for the e2e tests. The load event comes before it: until React has
 * hydrated the page, its buttons do nothing and its fields are not React's yet. Tests that are not
 * about the page before its scripts ran wait for this mark first (e2e/hydration.ts).
 */
export function HydrationMark() {
  useEffect(() => {
    window.__labHydrated = true;
  }, []);
  return null;
}
