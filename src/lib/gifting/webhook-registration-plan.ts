/** A subscription as UGiftMe lists it (never with its secret). */
export type RemoteWebhook = { id: string; url: string }

/**
 * What registering `url` does with UGiftMe's subscriptions:
 * - `keep`: the subscription whose secret the store holds, to update in place
 *   (PATCH keeps the secret), or `null` when a new one must be created;
 * - `remove`: every other subscription for the same URL. UGiftMe shows a
 *   secret only in the answer that created it, so these are orphans, e.g. a
 *   create whose answer was lost: nobody can verify their deliveries;
 * - `forget_stored`: the store's row names a subscription UGiftMe no longer has.
 */
export type WebhookRegistrationPlan = {
  keep: string | null
  remove: string[]
  forget_stored: boolean
}

/** URLs compare without a trailing slash, as the plugin's options store them. */
function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "")
}

/**
 * Plans a registration so that UGiftMe ends with one subscription for `url`,
 * the one whose secret the store holds.
 */
export function planWebhookRegistration(
  url: string,
  storedWebhookId: string | null,
  remote: RemoteWebhook[]
): WebhookRegistrationPlan {
  const keep = storedWebhookId && remote.some((w) => w.id === storedWebhookId) ? storedWebhookId : null
  return {
    keep,
    remove: remote.filter((w) => w.id !== keep && sameUrl(w.url, url)).map((w) => w.id),
    forget_stored: storedWebhookId !== null && keep === null,
  }
}
