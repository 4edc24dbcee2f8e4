/** The message of anything thrown, for a log line: an `Error`'s message, a workflow's plain error copy's, or the value as text. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (
    typeof error === "object" &&
    error !== null &&
    "message" in error &&
    typeof error.message === "string"
  ) {
    return error.message
  }
  return String(error)
}
