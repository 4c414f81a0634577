"use client"; // calls the reset route and says what it cleared

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * "Reset all lab cookies": DELETE /api/reset clears every cookie of the lab in this browser,
 * HttpOnly ones too (page JavaScript cannot), and ends this visitor's sessions; the server's
 * sentence says which cookies went. In the footer and beside every demo.
 */
export function ResetLabCookies({ label = "Reset all lab cookies", className = "" }: { label?: string; className?: string }) {
  const id = useId();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const reset = async () => {
    setBusy(true);
    try {
      const res = await fetch("/api/reset", { method: "DELETE", credentials: "same-origin" });
      const json = (await res.json().catch(() => ({}))) as { message?: string; error?: { message: string } };
      setMessage(json.error?.message ?? json.message ?? `The server answered ${res.status}.`);
    } catch {
      setMessage("The request did not reach the server, so nothing was cleared.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={`space-y-2 ${className}`}>
      <Button variant="danger" onClick={() => void reset()} disabled={busy} aria-describedby={`${id}-status`}>
        {label}
      </Button>
      <p id={`${id}-status`} role="status" aria-live="polite" data-testid="reset-status" lang="en" className="max-w-3xl text-sm empty:hidden">
        {message}
      </p>
    </div>
  );
}
