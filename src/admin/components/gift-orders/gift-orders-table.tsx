import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOrdersById } from "../../hooks/use-orders-by-id"
import { formatDateTime } from "../../lib/format"
import type { AdminGiftOrder } from "../../../types"
import { GiftClaimStateBadge } from "../gift/gift-claim-state-badge"
import { GiftStatusBadge } from "../gift/gift-status-badge"
import { GiftSyncStateBadge } from "../gift/gift-sync-state-badge"

/** One page of gifts; each row links to its order page. */
export function GiftOrdersTable({ giftOrders }: { giftOrders: AdminGiftOrder[] }) {
  const orders = useOrdersById(giftOrders.map((gift) => gift.order_id))
  const orderById = new Map((orders.data?.orders ?? []).map((order) => [order.id, order]))

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Order</Table.HeaderCell>
          <Table.HeaderCell>Giftyzet order</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Sync</Table.HeaderCell>
          <Table.HeaderCell>Recipient</Table.HeaderCell>
          <Table.HeaderCell>Accept by</Table.HeaderCell>
          <Table.HeaderCell>Created</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {giftOrders.map((gift) => {
          const order = orderById.get(gift.order_id)
          return (
            <Table.Row
              key={gift.id ?? gift.order_id}
              data-testid="gift-orders-row"
              data-order-id={gift.order_id}
            >
              <Table.Cell>
                <div className="flex flex-col">
                  <Link
                    to={`/orders/${gift.order_id}`}
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
                  >
                    {order?.display_id ? `#${order.display_id}` : gift.order_id}
                  </Link>
                  {order?.email && (
                    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                      {order.email}
                    </Text>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell>{gift.order_number ?? "—"}</Table.Cell>
              <Table.Cell>
                <GiftStatusBadge status={gift.status} />
              </Table.Cell>
              <Table.Cell>
                <GiftSyncStateBadge state={gift.sync.state} linkState={gift.link_state} />
              </Table.Cell>
              <Table.Cell>
                <Text size="small" leading="compact">
                  {gift.recipient?.name ?? gift.requested_recipient?.name ?? "—"}
                </Text>
              </Table.Cell>
              <Table.Cell data-testid="gift-orders-claim">
                {gift.claim.deadline ? (
                  <div className="flex flex-col gap-y-1 py-1">
                    <Text size="small" leading="compact" data-testid="gift-orders-deadline">
                      {formatDateTime(gift.claim.deadline)}
                    </Text>
                    <GiftClaimStateBadge claim={gift.claim} />
                  </div>
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell>{formatDateTime(gift.created_at)}</Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
