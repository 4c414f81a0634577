import { z } from "./zod";

/**
 * An item's code, in the same grammar as the raw cart cookie's items (components/demos/cart):
 * short, lowercase, and free of the "." that separates items there.
 */
const ITEM_CODE = /^[a-z0-9-]{1,32}$/;

/** The body of POST /api/session/cart: one item to append to the session's cart. */
export const sessionCartBody = z.strictObject(
  {
    add: z
      .string({ message: 'The field add must be a string: the code of the item to add, for example "tea".' })
      .regex(ITEM_CODE, 'The field add must be an item\'s code: 1 to 32 lowercase letters, digits or hyphens, for example "tea".'),
  },
  { message: 'The body must be a JSON object like {"add": "tea"}.' },
);
