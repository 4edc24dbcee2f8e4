/// <reference lib="dom" />
// The demo storefront's order confirmation page, as a store developer would
// write it: Medusa's JS SDK in the browser (publishable key) and the plugin's
// `GiftShareCard`. Bundled with esbuild by `../confirmation-page.mjs`.
import Medusa from "@medusajs/js-sdk"
import { StrictMode, useEffect, useState, type ReactElement } from "react"
import { createRoot } from "react-dom/client"
import { findGiftRecipient, type GiftRecipientData } from "../../../src/storefront"
import { GiftShareCard } from "../../../src/storefront/react"

/** What the server writes into the page (`<script type="application/json" id="page-config">`). */
export type ConfirmationPageConfig = {
  backendUrl: string
  publishableKey: string
  orderId: string
  storeName: string
}

type OrderSummary = { display_id?: number | null; email?: string | null }

function ConfirmationPage({ config, sdk }: { config: ConfirmationPageConfig; sdk: Medusa }): ReactElement {
  const [order, setOrder] = useState<OrderSummary | null>(null)
  const [recipient, setRecipient] = useState<GiftRecipientData | null>(null)

  useEffect(() => {
    sdk.store.order
      .retrieve(config.orderId, { fields: "id,display_id,email,*shipping_methods" })
      .then(({ order: found }) => {
        setOrder(found)
        setRecipient(findGiftRecipient(found))
      })
      // The card works without the order: it then addresses the messages to no one in particular.
      .catch(() => setOrder({}))
  }, [config.orderId])

  return (
    <main className="page">
      <p className="store">{config.storeName}</p>
      <h1>Thank you for your order</h1>
      <p className="summary" data-testid="order-summary">
        {order?.display_id ? `Order #${order.display_id}` : "Your order"} is confirmed
        {order?.email ? `; the receipt goes to ${order.email}` : ""}.
        {recipient ? ` It is a gift for ${recipient.recipient_name}.` : ""}
      </p>
      <GiftShareCard
        orderId={config.orderId}
        sdk={sdk}
        recipient={recipient}
        storeName={config.storeName}
        maxPollIntervalMs={5_000}
      />
    </main>
  )
}

const config = JSON.parse(
  document.getElementById("page-config")?.textContent ?? "{}"
) as ConfirmationPageConfig
const sdk = new Medusa({ baseUrl: config.backendUrl, publishableKey: config.publishableKey })
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ConfirmationPage config={config} sdk={sdk} />
  </StrictMode>
)
