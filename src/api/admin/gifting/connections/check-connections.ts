import { GiftyzetAuthError, type GiftyzetClient } from "../../../../lib/giftyzet"
import { UgiftmeAuthError, UgiftmeForbiddenError, type UgiftmeClient } from "../../../../lib/ugiftme"
import type { GiftyzetConnection, UgiftmeConnection } from "./types"

/** How long the settings page waits for a partner before calling it unreachable. */
export const CONNECTION_CHECK_DEADLINE_MS = 8_000

class DeadlineExceeded extends Error {}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded()), ms)
  })
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}

function unreachable(error: unknown, ms: number): string {
  if (error instanceof DeadlineExceeded) {
    return `No answer within ${ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`}`
  }
  return error instanceof Error ? error.message : "The partner could not be reached"
}

/** Checks the Giftyzet key with `GET /validate`. Never returns the key. */
export async function checkGiftyzet(
  client: GiftyzetClient | null,
  deadlineMs = CONNECTION_CHECK_DEADLINE_MS
): Promise<GiftyzetConnection> {
  if (!client) {
    return { state: "not_configured", integration_name: null, message: null }
  }
  try {
    const result = await withDeadline(client.validate(), deadlineMs)
    if (!result.supported) {
      return {
        state: "unverifiable",
        integration_name: null,
        message: "This Giftyzet deployment cannot verify keys; gifts are created as usual.",
      }
    }
    return {
      state: result.valid ? "connected" : "refused",
      integration_name: result.integration_name,
      message: result.message,
    }
  } catch (error) {
    if (error instanceof GiftyzetAuthError) {
      return { state: "refused", integration_name: null, message: error.message }
    }
    return { state: "unreachable", integration_name: null, message: unreachable(error, deadlineMs) }
  }
}

function asBoolean(value: boolean | string | undefined): boolean | null {
  if (typeof value === "boolean") return value
  if (value === "true" || value === "verified") return true
  if (value === "false") return false
  return null
}

/** Checks the UGiftMe key and business profile with `GET /auth`. Never returns the key. */
export async function checkUgiftme(
  client: UgiftmeClient | null,
  deadlineMs = CONNECTION_CHECK_DEADLINE_MS
): Promise<UgiftmeConnection> {
  const none = { account: null, profile_status: null, missing_fields: [] }
  if (!client) {
    return { state: "not_configured", ...none, message: null }
  }
  try {
    const account = await withDeadline(client.verifyCredentials(), deadlineMs)
    return {
      state: "connected",
      account: {
        name: account.name ?? null,
        email: account.email ?? null,
        plan: account.plan ?? null,
        verified: asBoolean(account.verified),
        status: account.status ?? null,
      },
      profile_status: null,
      missing_fields: [],
      message: null,
    }
  } catch (error) {
    if (error instanceof UgiftmeForbiddenError) {
      return {
        state: "refused",
        account: null,
        profile_status: error.profileStatus ?? null,
        missing_fields: error.missingFields ?? [],
        message: error.reason,
      }
    }
    if (error instanceof UgiftmeAuthError) {
      return { state: "refused", ...none, message: error.reason ?? error.message }
    }
    return { state: "unreachable", ...none, message: unreachable(error, deadlineMs) }
  }
}
