import { Table, Text, toast } from "@medusajs/ui"
import { useRetryVoucher } from "../../hooks/use-retry-voucher"
import { errorMessage, formatMoney } from "../../lib/format"
import type { AdminVoucherOrder } from "../../../types"
import { RETRYABLE_VOUCHER_STATUSES, VOUCHER_STATUSES } from "../../lib/voucher-status"
import { VoucherRetryButton } from "./voucher-retry-button"
import { VoucherStatusBadge } from "./voucher-status-badge"

/**
 * One row per voucher unit: product, value, recipient, status and the reason
 * of a failure or a park, with Retry on failed and parked ones. No codes. The retry lives here, not
 * in the button, because a successful retry removes the button.
 */
export function VouchersTable({ orderId, vouchers }: { orderId: string; vouchers: AdminVoucherOrder[] }) {
  const retry = useRetryVoucher(orderId)
  const retryVoucher = (voucherId: string) =>
    retry.mutate(voucherId, {
      onSuccess: ({ voucher }) => {
        if (!voucher || voucher.status === "failed") {
          toast.error("The voucher was refused again", { description: voucher?.error ?? undefined })
        } else {
          toast.success("Voucher retried", {
            description: `Status: ${VOUCHER_STATUSES[voucher.status].label}`,
          })
        }
      },
      onError: (error) => toast.error("Could not retry the voucher", { description: errorMessage(error) }),
    })

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Product</Table.HeaderCell>
          <Table.HeaderCell>Value</Table.HeaderCell>
          <Table.HeaderCell>Recipient</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell className="text-right">
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {vouchers.map((voucher) => (
          <Table.Row key={voucher.id} data-testid="voucher-row" className="[&_td]:py-3">
            <Table.Cell>
              <div className="flex flex-col">
                <Text size="small" leading="compact" weight="plus">
                  {voucher.merchant}
                </Text>
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle font-mono">
                  {voucher.product_code}
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell>{formatMoney(voucher.value, voucher.currency)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col">
                <Text size="small" leading="compact">
                  {voucher.recipient_email}
                </Text>
                {voucher.recipient_name && (
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                    {voucher.recipient_name}
                  </Text>
                )}
              </div>
            </Table.Cell>
            <Table.Cell className="max-w-[280px] whitespace-normal">
              <div className="flex flex-col items-start gap-y-1">
                <VoucherStatusBadge status={voucher.status} />
                {RETRYABLE_VOUCHER_STATUSES.includes(voucher.status) && voucher.error && (
                  <Text
                    size="xsmall"
                    leading="compact"
                    className="text-ui-fg-error"
                    data-testid="voucher-error"
                  >
                    {voucher.error}
                  </Text>
                )}
                {voucher.parked && (
                  <Text
                    size="xsmall"
                    leading="compact"
                    className="text-ui-fg-error"
                    data-testid="voucher-parked"
                  >
                    Parked, the poll job stopped trying: {voucher.parked.reason}
                  </Text>
                )}
              </div>
            </Table.Cell>
            <Table.Cell className="text-right">
              {RETRYABLE_VOUCHER_STATUSES.includes(voucher.status) && (
                <VoucherRetryButton
                  onRetry={() => retryVoucher(voucher.id)}
                  isPending={retry.isPending && retry.variables === voucher.id}
                  disabled={retry.isPending}
                />
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
