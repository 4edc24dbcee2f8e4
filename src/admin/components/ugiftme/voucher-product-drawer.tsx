import { Button, Drawer, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useSaveVoucherProduct } from "../../hooks/use-voucher-products"
import { errorMessage } from "../../lib/format"
import type { AdminVoucherProduct, VoucherProductInput } from "../../../types"
import { CatalogProductSelect } from "./catalog-product-select"
import { VariantPicker } from "./variant-picker"

type VoucherProductDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The mapping to edit; a new one when absent. */
  mapping?: AdminVoucherProduct
}

/**
 * Maps a product variant to a UGiftMe product (or changes a mapping). The
 * server checks it against the catalog and the variant's prices and answers
 * the reason when it refuses; the drawer shows it.
 */
export function VoucherProductDrawer({ open, onOpenChange, mapping }: VoucherProductDrawerProps) {
  const save = useSaveVoucherProduct()
  const [form, setForm] = useState<VoucherProductInput>(() => ({
    variant_id: mapping?.variant_id ?? "",
    product_code: mapping?.product_code ?? "",
    face_value_mode: mapping?.face_value_mode ?? "variant_price",
    fixed_value: mapping?.fixed_value ?? null,
  }))
  const [fixedDraft, setFixedDraft] = useState(
    mapping?.fixed_value != null ? String(mapping.fixed_value) : ""
  )
  const fixedValue = fixedDraft.trim() === "" ? null : Number(fixedDraft)
  const fixedInvalid = form.face_value_mode === "fixed" && (fixedValue === null || !(fixedValue > 0))
  const incomplete = !form.variant_id || !form.product_code || fixedInvalid

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (incomplete) return
    save.mutate(
      { ...form, fixed_value: form.face_value_mode === "fixed" ? fixedValue : null, id: mapping?.id },
      {
        onSuccess: () => {
          toast.success(mapping ? "Voucher product updated" : "Variant mapped to a UGiftMe product")
          onOpenChange(false)
        },
        onError: (error) => toast.error("UGiftMe mapping refused", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{mapping ? "Edit voucher product" : "Sell a variant as a voucher"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            {mapping ? (
              <Text size="small" className="text-ui-fg-subtle">
                Vouchers already owed keep the product and value they were bought with.
              </Text>
            ) : (
              <VariantPicker
                value={form.variant_id}
                onChange={(variant_id) => setForm({ ...form, variant_id })}
              />
            )}
            <CatalogProductSelect
              value={form.product_code}
              onChange={(product) => setForm({ ...form, product_code: product.product_code })}
            />
            <div className="flex flex-col gap-2">
              <Label size="small">Face value</Label>
              <Select
                value={form.face_value_mode}
                onValueChange={(value) =>
                  setForm({ ...form, face_value_mode: value as VoucherProductInput["face_value_mode"] })
                }
              >
                <Select.Trigger aria-label="Face value">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="variant_price">The price paid for the variant</Select.Item>
                  <Select.Item value="fixed">A fixed value</Select.Item>
                </Select.Content>
              </Select>
              {form.face_value_mode === "fixed" && (
                <Input
                  size="small"
                  type="number"
                  min={0}
                  step="any"
                  placeholder="e.g. 25"
                  aria-label="Fixed value"
                  aria-invalid={fixedInvalid}
                  value={fixedDraft}
                  onChange={(event) => setFixedDraft(event.target.value)}
                />
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={save.isPending}
              disabled={incomplete || save.isPending}
            >
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
