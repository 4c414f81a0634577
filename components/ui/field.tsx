import type { InputHTMLAttributes } from "react";

export function TextField({ label, hint, id, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; id: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm dark:border-stone-600 dark:bg-stone-900"
        {...props}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
    </div>
  );
}

export function CheckField({ label, hint, id, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint: string; id: string }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" aria-describedby={`${id}-hint`} className="mt-1 h-4 w-4 accent-cookie-700" {...props} />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      </div>
    </div>
  );
}
