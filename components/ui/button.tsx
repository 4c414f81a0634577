import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-cookie-700 text-white hover:bg-cookie-800 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200",
  secondary: "border border-stone-300 bg-white hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50 dark:border-red-800 dark:bg-stone-900 dark:text-red-200 dark:hover:bg-red-950",
} as const;

export function Button({ variant = "secondary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return (
    <button
      type="button"
      className={`rounded-md px-4 py-2 text-sm font-medium disabled:cursor-wait disabled:opacity-60 ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
