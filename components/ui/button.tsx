import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-cookie-700 text-white hover:bg-cookie-800 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200",
  secondary: "border border-stone-300 bg-white hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50 dark:border-red-800 dark:bg-stone-900 dark:text-red-200 dark:hover:bg-red-950",
} as const;

/** The reason a demo's buttons are off while one request is on its way. */
export const BUSY_REASON = "Waiting for the server to answer the last request.";

/**
 * A button. `why` says why it is disabled (by default: a request is on its way): shown on hover and read as its description, since a
 * greyed-out button alone does not say what to do.
 */
export function Button({
  variant = "secondary",
  className = "",
  why,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; why?: string }) {
  return (
    <button
      type="button"
      className={`rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]} ${className}`}
      title={props.disabled ? (why ?? BUSY_REASON) : undefined}
      {...props}
    />
  );
}
