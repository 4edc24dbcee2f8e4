import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UGIFTME_WEBHOOK_EVENTS, UgiftmeNotFoundError } from "../../../lib/ugiftme"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { planWebhookRegistration } from "../../../lib/gifting/webhook-registration-plan"

/** What may be shown about the subscription: never its secret. */
export type UgiftmeWebhookView = {
  id: string
  webhook_id: string
  url: string
  events: string[]
  is_active: boolean
  created: boolean
}

type StoredWebhook = { id: string; webhook_id: string; url: string; events: string[]; is_active: boolean }

/** What compensation removes: a subscription this step created. */
type CreatedWebhookRef = { row_id: string; webhook_id: string }

/** The registration itself (see `saveUgiftmeWebhookStep`). */
async function saveWebhook(
  gifting: GiftingModuleService,
  url: string
): Promise<{ view: UgiftmeWebhookView; ref: CreatedWebhookRef | null }> {
  const client = await gifting.getUgiftmeClient()
  const events = [...UGIFTME_WEBHOOK_EVENTS]
  const [stored] = (await gifting.listVoucherWebhooks(
    {},
    { take: 1, order: { created_at: "DESC" } }
  )) as StoredWebhook[]
  const plan = planWebhookRegistration(url, stored?.webhook_id ?? null, await client.listWebhooks())
  for (const orphan of plan.remove) {
    await client.deleteWebhook(orphan).catch((error: unknown) => {
      if (!(error instanceof UgiftmeNotFoundError)) throw error
    })
  }
  if (plan.forget_stored) {
    // Deleted on UGiftMe's side: its secret is useless now.
    await gifting.deleteVoucherWebhooks(stored.id)
  }

  if (plan.keep) {
    try {
      const updated = await client.updateWebhook(plan.keep, { url, events, isActive: true })
      await gifting.updateVoucherWebhooks({
        id: stored.id,
        url: updated.url,
        events: updated.events,
        is_active: true,
      })
      return {
        view: {
          id: stored.id,
          webhook_id: stored.webhook_id,
          url: updated.url,
          events: updated.events,
          is_active: true,
          created: false,
        },
        ref: null,
      }
    } catch (error) {
      if (!(error instanceof UgiftmeNotFoundError)) throw error
      // Deleted on UGiftMe's side since the list was read.
      await gifting.deleteVoucherWebhooks(stored.id)
    }
  }

  const created = await client.createWebhook({ url, events, description: "medusa-plugin-gifting" })
  try {
    const row = (await gifting.createVoucherWebhooks({
      webhook_id: created.id,
      url: created.url,
      events: created.events,
      secret: created.secret,
      is_active: true,
    })) as StoredWebhook
    return {
      view: {
        id: row.id,
        webhook_id: created.id,
        url: created.url,
        events: created.events,
        is_active: true,
        created: true,
      },
      ref: { row_id: row.id, webhook_id: created.id },
    }
  } catch (error) {
    await client.deleteWebhook(created.id).catch(() => undefined)
    throw error
  }
}

/**
 * Registers this store's webhook subscription with UGiftMe, or updates the
 * one it has (PATCH keeps the signing secret). On creation UGiftMe returns the
 * secret once: it is stored in the gifting module at once (and the
 * subscription removed again if that fails), and never returned.
 *
 * Before anything is created, UGiftMe's list is read and every other
 * subscription for the same URL is deleted (see `planWebhookRegistration`):
 * a create whose answer was lost left one whose secret nobody has, and the
 * next registration replaces it instead of adding a second.
 *
 * Whatever it changed, this process's cached signing secrets are dropped
 * afterwards, so the next delivery verifies against the stored ones.
 */
export const saveUgiftmeWebhookStep = createStep(
  "save-ugiftme-webhook",
  async ({ url }: { url: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    try {
      const { view, ref } = await saveWebhook(gifting, url)
      return new StepResponse<UgiftmeWebhookView, CreatedWebhookRef | null>(view, ref)
    } finally {
      await gifting.forgetWebhookSigningSecrets()
    }
  },
  async (createdRef, { container }) => {
    if (!createdRef) return
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    await (await gifting.getUgiftmeClient()).deleteWebhook(createdRef.webhook_id).catch(() => undefined)
    await gifting.deleteVoucherWebhooks(createdRef.row_id)
    await gifting.forgetWebhookSigningSecrets()
  }
)
