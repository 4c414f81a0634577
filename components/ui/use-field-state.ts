import { useLayoutEffect, useState } from "react";

/*
 * Form state that keeps what a visitor typed, ticked or picked before the page's JavaScript ran
 * (a slow connection, a keyboard user quicker than the scripts). React 19 hydrates controlled
 * fields without reading them: an input keeps the typed text on screen while the state keeps the
 * default, so the demo would send something other than what the learner sees, and a textarea is
 * even reset to its server text (react-dom's `initTextarea`). React's fix, replaying the change
 * events after hydration (react#33129), is still behind a flag. A component's first render on the
 * client runs before React touches the fields, so the initial state can be read from them there.
 * A field that is not in the document yet (the component was rendered on the client, after a
 * navigation) gives undefined, and the state starts from its default as usual.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function field(id: string): Field | null {
  if (typeof document === "undefined") return null;
  const element = document.getElementById(id);
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement ? element : null;
}

/** The value of the server-rendered text field, textarea or select `id`, as the visitor left it. */
export function liveValue(id: string): string | undefined {
  return field(id)?.value;
}

/** The value of the server-rendered select `id`, when it is one of `values`. */
export function liveChoice<T extends string>(id: string, values: readonly T[]): T | undefined {
  const live = liveValue(id);
  return values.find((v) => v === live);
}

/** Whether the server-rendered checkbox `id` is ticked now. */
export function liveChecked(id: string): boolean | undefined {
  const element = field(id); // null on the server, where HTMLInputElement does not exist
  return element && element instanceof HTMLInputElement ? element.checked : undefined;
}

/** The value of the checked radio button of group `name`, among those the server rendered. */
export function liveRadio<T extends string>(name: string, values: readonly T[]): T | undefined {
  if (typeof document === "undefined") return undefined;
  const checked = document.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"]:checked`);
  return values.find((v) => v === checked?.value);
}

/**
 * The checked radio button of group `name`, only when the visitor checked it: a group whose server
 * HTML checked a stand-in (the page's real value is only known on the client) reads as untouched.
 */
export function changedRadio<T extends string>(name: string, values: readonly T[]): T | undefined {
  if (typeof document === "undefined") return undefined;
  const checked = document.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"]:checked`);
  return checked && !checked.defaultChecked ? values.find((v) => v === checked.value) : undefined;
}

type FieldSelection = { start: number; end: number; direction: "forward" | "backward" | "none" };

/** Text field or textarea `id`, when the visitor is in it now. */
function focusedTextField(id: string): HTMLInputElement | HTMLTextAreaElement | null {
  const element = field(id);
  return element && !(element instanceof HTMLSelectElement) && element === document.activeElement ? element : null;
}

/** Where the caret or selection of text field `id` is, if the visitor is in it now. */
function liveSelection(id: string): FieldSelection | null {
  const element = focusedTextField(id);
  if (!element) return null;
  const { selectionStart: start, selectionEnd: end, selectionDirection: direction } = element;
  return start === null || end === null ? null : { start, end, direction: direction ?? "none" };
}

/**
 * `useState` for the text of field (or textarea) `id`. Hydrating a textarea, React writes its text
 * back into it, which moves the caret to the start: a visitor who had selected everything before the
 * scripts ran would type in front of the old text instead of over it. The selection is read with
 * the value and put back right after that write.
 */
export function useFieldState(id: string, initial: string) {
  const [selection] = useState(() => liveSelection(id));
  useLayoutEffect(() => {
    if (selection) focusedTextField(id)?.setSelectionRange(selection.start, selection.end, selection.direction);
  }, [id, selection]);
  return useState(() => liveValue(id) ?? initial);
}

/** `useState` for select `id`, whose value is one of `values`. */
export function useChoiceState<T extends string>(id: string, initial: T, values: readonly T[]) {
  return useState<T>(() => liveChoice(id, values) ?? initial);
}

/** `useState` for checkbox `id`. */
export function useCheckedState(id: string, initial: boolean) {
  return useState(() => liveChecked(id) ?? initial);
}

/** `useState` for radio group `name`. */
export function useRadioState<T extends string>(name: string, initial: T, values: readonly T[]) {
  return useState<T>(() => liveRadio(name, values) ?? initial);
}
