import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminRegisterUgiftmeWebhookResponse,
  AdminUgiftmeWebhookResponse,
  AdminUgiftmeWebhookTestResponse,
} from "../../types"

/** `GET /admin/gifting/ugiftme/webhook`: the store's UGiftMe subscription and its delivery stats. */
export function useUgiftmeWebhook(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: giftingQueryKeys.webhook(),
    queryFn: () => sdk.client.fetch<AdminUgiftmeWebhookResponse>("/admin/gifting/ugiftme/webhook"),
    enabled: options.enabled ?? true,
  })
}

/** `POST /admin/gifting/ugiftme/webhook`: registers the subscription, or updates it. */
export function useRegisterUgiftmeWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (url: string | undefined) =>
      sdk.client.fetch<AdminRegisterUgiftmeWebhookResponse>("/admin/gifting/ugiftme/webhook", {
        method: "POST",
        body: url ? { url } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: giftingQueryKeys.webhook() }),
  })
}

/** `POST /admin/gifting/ugiftme/webhook/send-test`: asks UGiftMe for a signed test delivery now. */
export function useTestUgiftmeWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminUgiftmeWebhookTestResponse>("/admin/gifting/ugiftme/webhook/send-test", {
        method: "POST",
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: giftingQueryKeys.webhook() }),
  })
}
