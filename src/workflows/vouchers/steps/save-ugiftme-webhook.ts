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
 */
export const saveUgiftmeWebhookStep = createStep(
  "save-ugiftme-webhook",
  async ({ url }: { url: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
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
        return new StepResponse<UgiftmeWebhookView, CreatedWebhookRef | null>(
          {
            id: stored.id,
            webhook_id: stored.webhook_id,
            url: updated.url,
            events: updated.events,
            is_active: true,
            created: false,
          },
          null
        )
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
      return new StepResponse<UgiftmeWebhookView, CreatedWebhookRef | null>(
        {
          id: row.id,
          webhook_id: created.id,
          url: created.url,
          events: created.events,
          is_active: true,
          created: true,
        },
        { row_id: row.id, webhook_id: created.id }
      )
    } catch (error) {
      await client.deleteWebhook(created.id).catch(() => undefined)
      throw error
    }
  },
  async (createdRef, { container }) => {
    if (!createdRef) return
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    await (await gifting.getUgiftmeClient()).deleteWebhook(createdRef.webhook_id).catch(() => undefined)
    await gifting.deleteVoucherWebhooks(createdRef.row_id)
  }
)
