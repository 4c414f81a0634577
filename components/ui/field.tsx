import type { InputHTMLAttributes } from "react";

/**
 * A labelled text input. `error` (a sentence, or null while the text is fine) marks the field
 * invalid and is read out with it (aria-describedby), as the learner types.
 */
export function TextField({
  label,
  hint,
  error,
  id,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string | null; id: string }) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        className={`w-full min-w-0 rounded-md border bg-white px-3 py-2 font-mono text-sm dark:bg-stone-900 ${error ? "border-red-700 dark:border-red-400" : "border-stone-300 dark:border-stone-600"}`}
        {...props}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} data-testid="field-error" className="text-xs font-medium text-red-800 dark:text-red-300">
          {error}
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

/** A labelled select over [value, label] pairs; `onChange` gets one of the values, typed. */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  className = "",
}: {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  className?: string;
}) {
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        // The select offers only the options' values.
        onChange={(e) => onChange(e.target.value as T)}
        className="w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900"
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
