import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useUgiftmeTransactions } from "../../hooks/use-ugiftme-transactions"
import { errorMessage, formatDateTime, formatMoney } from "../../lib/format"

const PAGE_SIZE = 10

/** Settings → Gifting: recent UGiftMe wallet movements (fundings, voucher purchases), paginated. */
export function WalletTransactionsSection() {
  const [pageIndex, setPageIndex] = useState(0)
  const { data, isPending, isError, error, isPlaceholderData } = useUgiftmeTransactions(
    pageIndex + 1,
    PAGE_SIZE
  )
  const pageCount = Math.max(
    1,
    data?.total_pages ?? (data && data.transactions.length === PAGE_SIZE ? pageIndex + 2 : pageIndex + 1)
  )
  const count = data?.total ?? pageIndex * PAGE_SIZE + (data?.transactions.length ?? 0)

  return (
    <Container className="divide-y p-0" data-testid="ugiftme-transactions">
      <div className="px-6 py-4">
        <Heading level="h2">Wallet transactions</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Fundings and voucher purchases, newest first.
        </Text>
      </div>
      {isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading transactions…
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          Could not load the transactions: {errorMessage(error)}
        </Text>
      )}
      {data && data.transactions.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No transaction yet.
        </Text>
      )}
      {data && data.transactions.length > 0 && (
        <div className={isPlaceholderData ? "opacity-60" : undefined}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Date</Table.HeaderCell>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Details</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.transactions.map((transaction, index) => (
                <Table.Row key={transaction.id ?? `${pageIndex}-${index}`} data-testid="wallet-transaction">
                  <Table.Cell>{formatDateTime(transaction.timestamp)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall">{transaction.type}</Badge>
                  </Table.Cell>
                  <Table.Cell className="max-w-[360px] truncate">
                    {transaction.details ?? transaction.ugiftme_order_id ?? "—"}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {transaction.currency
                      ? formatMoney(transaction.value, transaction.currency)
                      : transaction.value.toFixed(2)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex + 1 < pageCount}
            previousPage={() => setPageIndex((index) => Math.max(0, index - 1))}
            nextPage={() => setPageIndex((index) => index + 1)}
          />
        </div>
      )}
    </Container>
  )
}
