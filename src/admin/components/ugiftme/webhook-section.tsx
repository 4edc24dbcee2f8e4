import { Badge, Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  useRegisterUgiftmeWebhook,
  useTestUgiftmeWebhook,
  useUgiftmeWebhook,
} from "../../hooks/use-ugiftme-webhook"
import { errorMessage, formatDateTime } from "../../lib/format"
import { DetailRow } from "../detail-row"

/** Where UGiftMe should deliver events: this store's public receiver. */
function defaultReceiverUrl(): string {
  return `${window.location.origin}/hooks/gifting/ugiftme`
}

/** Settings → Gifting: the store's UGiftMe webhook subscription, with Register/Update and Send test. */
export function WebhookSection() {
  const webhook = useUgiftmeWebhook()
  const register = useRegisterUgiftmeWebhook()
  const test = useTestUgiftmeWebhook()
  const current = webhook.data?.webhook ?? null
  const [url, setUrl] = useState<string | null>(null)
  const shownUrl = url ?? current?.url ?? webhook.data?.webhook_url_option ?? defaultReceiverUrl()

  const registerNow = () =>
    register.mutate(shownUrl.trim() || undefined, {
      onSuccess: () => {
        toast.success(current ? "Webhook subscription updated" : "Webhook subscription registered")
        setUrl(null)
      },
      onError: (error) => toast.error("Could not register the webhook", { description: errorMessage(error) }),
    })

  const sendTest = () =>
    test.mutate(undefined, {
      onSuccess: (result) =>
        result.ok
          ? toast.success("Test delivery received", {
              description: `The store answered ${result.status_code ?? "OK"}.`,
            })
          : toast.error("The test delivery failed", {
              description: result.error_message ?? `The store answered ${result.status_code ?? "nothing"}.`,
            }),
      onError: (error) => toast.error("Could not send a test delivery", { description: errorMessage(error) }),
    })

  const stats = current?.ugiftme?.delivery_stats
  const active = current?.ugiftme?.is_active ?? current?.is_active

  return (
    <Container className="divide-y p-0" data-testid="ugiftme-webhook">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Webhook subscription</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            UGiftMe tells the store when vouchers are ready and when the wallet changes.
          </Text>
        </div>
        {webhook.data && (
          <Badge
            size="2xsmall"
            color={current ? (active ? "green" : "orange") : "grey"}
            data-testid="webhook-state"
          >
            {current ? (active ? "Registered" : "Registered, inactive") : "Not registered"}
          </Badge>
        )}
      </div>
      {webhook.isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading the webhook subscription…
        </Text>
      )}
      {webhook.isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          Could not load the webhook subscription: {errorMessage(webhook.error)}
        </Text>
      )}
      {current && (
        <>
          <DetailRow label="Events">
            <div className="flex flex-wrap gap-1">
              {current.events.map((event) => (
                <Badge key={event} size="2xsmall">
                  {event}
                </Badge>
              ))}
            </div>
          </DetailRow>
          <DetailRow label="Last used">
            <Text size="small" leading="compact">
              {current.ugiftme?.last_used ? formatDateTime(current.ugiftme.last_used) : "Never"}
            </Text>
          </DetailRow>
          <DetailRow label="Deliveries">
            <Text size="small" leading="compact" data-testid="webhook-stats">
              {stats
                ? `${stats.success ?? 0} delivered · ${stats.failed ?? 0} failed`
                : "No statistics from UGiftMe"}
            </Text>
          </DetailRow>
        </>
      )}
      {webhook.data && (
        <div className="flex flex-wrap items-end gap-2 px-6 py-4">
          <div className="flex min-w-[320px] flex-1 flex-col gap-1">
            <Label size="xsmall" htmlFor="gifting-webhook-url">
              Receiver URL
            </Label>
            <Input
              id="gifting-webhook-url"
              size="small"
              type="url"
              value={shownUrl}
              onChange={(event) => setUrl(event.target.value)}
            />
          </div>
          <Button
            size="small"
            variant="secondary"
            onClick={registerNow}
            isLoading={register.isPending}
            disabled={register.isPending}
          >
            {current ? "Update" : "Register"}
          </Button>
          <Button
            size="small"
            variant="secondary"
            onClick={sendTest}
            isLoading={test.isPending}
            disabled={!current || test.isPending}
          >
            Send test
          </Button>
        </div>
      )}
      {webhook.data && !webhook.data.option_secret_set && current && (
        <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
          The signing secret UGiftMe returned is kept by the plugin; it is never shown.
        </Text>
      )}
    </Container>
  )
}
