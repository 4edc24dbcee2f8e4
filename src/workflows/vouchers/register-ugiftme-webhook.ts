import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveUgiftmeWebhookStep } from "./steps/save-ugiftme-webhook"

export const registerUgiftmeWebhookWorkflowId = "gifting-register-ugiftme-webhook"

/**
 * Registers (or updates) this store's UGiftMe webhook subscription for every
 * event the plugin handles, keeping the signing secret in the gifting module.
 * The result never contains the secret.
 *
 * @example
 * const { result } = await registerUgiftmeWebhookWorkflow(container).run({
 *   input: { url: "https://shop.example/hooks/gifting/ugiftme" },
 * })
 * result.webhook_id // "65d3f4a5…"
 */
export const registerUgiftmeWebhookWorkflow = createWorkflow(
  registerUgiftmeWebhookWorkflowId,
  (input: { url: string }) => new WorkflowResponse(saveUgiftmeWebhookStep(input))
)
