import { Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { useVariantSearch, variantLabel } from "../../hooks/use-product-variants"

type VariantPickerProps = {
  value: string
  onChange: (variantId: string) => void
}

/** Finds a product variant by product title, variant title or SKU. */
export function VariantPicker({ value, onChange }: VariantPickerProps) {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const { data, isPending, isError } = useVariantSearch(q)
  const variants = data?.variants ?? []

  return (
    <div className="flex flex-col gap-2">
      <Label size="small" htmlFor="gifting-variant-search">
        Product variant
      </Label>
      <Input
        id="gifting-variant-search"
        size="small"
        type="search"
        placeholder="Search products, variants or SKUs"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <Select value={value || undefined} onValueChange={onChange}>
        <Select.Trigger aria-label="Product variant">
          <Select.Value placeholder={isPending ? "Loading variants…" : "Choose a variant"} />
        </Select.Trigger>
        <Select.Content>
          {variants.map((variant) => (
            <Select.Item key={variant.id} value={variant.id}>
              {variantLabel(variant, variant.id)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {isError && (
        <Text size="xsmall" className="text-ui-fg-error">
          Could not search the variants.
        </Text>
      )}
      {data && variants.length === 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          No variant matches “{q}”.
        </Text>
      )}
    </div>
  )
}
