/**
 * Answer of `GET /admin/gifting/connections`, shared with the admin extensions
 * (type-only, no server imports).
 *
 * - `connected`: the partner accepted the key;
 * - `unverifiable`: the deployment cannot check keys (older Giftyzet without `/validate`);
 * - `refused`: the partner refused the key or the account, `message` says why;
 * - `unreachable`: no usable answer (network, timeout, 5xx, an answer the client could not read);
 * - `not_configured`: no API key is set.
 */
export type ConnectionState = "connected" | "unverifiable" | "refused" | "unreachable" | "not_configured"

export type GiftyzetConnection = {
  state: ConnectionState
  integration_name: string | null
  message: string | null
}

export type UgiftmeConnection = {
  state: ConnectionState
  account: {
    name: string | null
    email: string | null
    plan: string | null
    verified: boolean | null
    status: string | null
  } | null
  /** Business profile state when UGiftMe refused it ("incomplete", "pending"). */
  profile_status: string | null
  missing_fields: string[]
  message: string | null
}

export type AdminGiftingConnectionsResponse = {
  giftyzet: GiftyzetConnection
  ugiftme: UgiftmeConnection
  checked_at: string
}
