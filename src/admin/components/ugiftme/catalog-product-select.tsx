import { Label, Select, Text } from "@medusajs/ui"
import { useUgiftmeCatalog } from "../../hooks/use-ugiftme-catalog"
import { errorMessage } from "../../lib/format"
import type { AdminUgiftmeCatalogProduct } from "../../../types"

type CatalogProductSelectProps = {
  value: string
  onChange: (product: AdminUgiftmeCatalogProduct) => void
}

/** What UGiftMe sells for a product: fixed denominations or a value range. */
export function describeValues(product: AdminUgiftmeCatalogProduct): string {
  if (product.denominations?.length) return product.denominations.join(", ")
  if (product.min_value !== null || product.max_value !== null) {
    return `${product.min_value ?? "?"}–${product.max_value ?? "?"}`
  }
  return "any value"
}

/** Picks a UGiftMe product from the live catalog (first 100). */
export function CatalogProductSelect({ value, onChange }: CatalogProductSelectProps) {
  const { data, isPending, isError, error } = useUgiftmeCatalog({ page: 1, limit: 100 })
  const products = data?.products ?? []
  const selected = products.find((product) => product.product_code === value)

  return (
    <div className="flex flex-col gap-2">
      <Label size="small">UGiftMe product</Label>
      <Select
        value={value || undefined}
        onValueChange={(code) => {
          const product = products.find((candidate) => candidate.product_code === code)
          if (product) onChange(product)
        }}
      >
        <Select.Trigger aria-label="UGiftMe product">
          <Select.Value placeholder={isPending ? "Loading the catalog…" : "Choose a product"} />
        </Select.Trigger>
        <Select.Content>
          {products.map((product) => (
            <Select.Item
              key={product.product_code}
              value={product.product_code}
              disabled={product.is_active === false}
            >
              {product.name ?? product.product_code} · {product.merchant ?? "?"} · {product.currency ?? "?"}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {isError && (
        <Text size="xsmall" className="text-ui-fg-error">
          Could not load the UGiftMe catalog: {errorMessage(error)}
        </Text>
      )}
      {selected && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {selected.product_code} · values {describeValues(selected)} {selected.currency ?? ""}
        </Text>
      )}
    </div>
  )
}
