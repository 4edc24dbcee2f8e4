import { Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useDeleteVoucherProduct, useVoucherProducts } from "../../hooks/use-voucher-products"
import { errorMessage } from "../../lib/format"
import type { AdminVoucherProduct } from "../../../types"
import { VoucherProductDrawer } from "./voucher-product-drawer"
import { VoucherProductsTable } from "./voucher-products-table"

const PAGE_SIZE = 20

type DrawerState = { open: false } | { open: true; mapping?: AdminVoucherProduct; key: number }

/** Settings → Gifting: which variants are sold as UGiftMe vouchers, with add, edit and remove. */
export function VoucherProductsSection() {
  const [pageIndex, setPageIndex] = useState(0)
  const [drawer, setDrawer] = useState<DrawerState>({ open: false })
  const { data, isPending, isError, error, isPlaceholderData } = useVoucherProducts({
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const remove = useDeleteVoucherProduct()
  const prompt = usePrompt()
  const pageCount = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1

  const confirmRemove = async (mapping: AdminVoucherProduct) => {
    const confirmed = await prompt({
      title: "Stop selling this variant as a voucher?",
      description: "Vouchers already owed are still bought as recorded.",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(mapping.id, {
      onSuccess: () => toast.success("Voucher product removed"),
      onError: (removeError) =>
        toast.error("Could not remove the voucher product", { description: errorMessage(removeError) }),
    })
  }

  return (
    <Container className="divide-y p-0" data-testid="voucher-products">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Voucher products</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Variants sold as UGiftMe vouchers: one voucher per unit, emailed to the recipient.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, key: Date.now() })}>
          Add
        </Button>
      </div>
      {isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading voucher products…
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          Could not load the voucher products: {errorMessage(error)}
        </Text>
      )}
      {data && data.voucher_products.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No variant is sold as a voucher yet.
        </Text>
      )}
      {data && data.voucher_products.length > 0 && (
        <div className={isPlaceholderData ? "opacity-60" : undefined}>
          <VoucherProductsTable
            mappings={data.voucher_products}
            onEdit={(mapping) => setDrawer({ open: true, mapping, key: Date.now() })}
            onRemove={confirmRemove}
          />
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
      {drawer.open && (
        <VoucherProductDrawer
          key={drawer.key}
          open
          mapping={drawer.mapping}
          onOpenChange={(open) => !open && setDrawer({ open: false })}
        />
      )}
    </Container>
  )
}
