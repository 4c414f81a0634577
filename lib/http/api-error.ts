/**
 * An error a learner can read: a stable machine `code`, an HTTP `status`, and a sentence.
 * Route handlers turn it into `{ error: { code, message } }` with that status.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Headers the answer carries, e.g. Retry-After on a 429 or 503. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  toJSON() {
    return { error: { code: this.code, message: this.message } };
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}
