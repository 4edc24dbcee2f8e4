import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { useGiftOrders } from "../../hooks/use-gift-orders"
import { errorMessage } from "../../lib/format"
import { GiftOrdersFilters } from "./gift-orders-filters"
import { GiftOrdersTable } from "./gift-orders-table"

const PAGE_SIZE = 20

/** Every gift, newest first: filter by Giftyzet status or claim state, search by order, open the order. */
export function GiftOrdersSection() {
  const [status, setStatus] = useState<string | undefined>()
  const [claimState, setClaimState] = useState<string | undefined>()
  const [search, setSearch] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const q = useDebouncedValue(search.trim())
  const { data, isPending, isError, error, isPlaceholderData } = useGiftOrders({
    status,
    claim_state: claimState,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const pageCount = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1

  return (
    <Container className="divide-y p-0" data-testid="gift-orders">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Gift orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Orders sent as gifts with Giftyzet, newest first, with the deadline to accept each.
          </Text>
        </div>
        <GiftOrdersFilters
          status={status}
          claimState={claimState}
          search={search}
          onStatusChange={(value) => {
            setStatus(value)
            setPageIndex(0)
          }}
          onClaimStateChange={(value) => {
            setClaimState(value)
            setPageIndex(0)
          }}
          onSearchChange={(value) => {
            setSearch(value)
            setPageIndex(0)
          }}
        />
      </div>
      {isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading gift orders…
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          Could not load the gift orders: {errorMessage(error)}
        </Text>
      )}
      {data && data.gift_orders.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {status || claimState || q
            ? "No gift matches these filters."
            : "No order has been sent as a gift yet."}
        </Text>
      )}
      {data && data.gift_orders.length > 0 && (
        <div className={isPlaceholderData ? "opacity-60" : undefined}>
          <GiftOrdersTable giftOrders={data.gift_orders} />
          <Table.Pagination
            count={data.count}
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
