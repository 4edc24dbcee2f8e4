import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { Badge, DropdownMenu, IconButton, Table, Text } from "@medusajs/ui"
import { useVariantsById, variantLabel } from "../../hooks/use-product-variants"
import { formatMoney } from "../../lib/format"
import type { AdminVoucherProduct } from "../../../types"

type VoucherProductsTableProps = {
  mappings: AdminVoucherProduct[]
  onEdit: (mapping: AdminVoucherProduct) => void
  onRemove: (mapping: AdminVoucherProduct) => void
}

/** The variant ↔ UGiftMe product mappings, with what UGiftMe last said about each product. */
export function VoucherProductsTable({ mappings, onEdit, onRemove }: VoucherProductsTableProps) {
  const variants = useVariantsById(mappings.map((mapping) => mapping.variant_id))
  const variantById = new Map((variants.data?.variants ?? []).map((variant) => [variant.id, variant]))

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Variant</Table.HeaderCell>
          <Table.HeaderCell>UGiftMe product</Table.HeaderCell>
          <Table.HeaderCell>Face value</Table.HeaderCell>
          <Table.HeaderCell>Catalog</Table.HeaderCell>
          <Table.HeaderCell className="text-right">
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {mappings.map((mapping) => (
          <Table.Row key={mapping.id} data-testid="voucher-product-row">
            <Table.Cell>{variantLabel(variantById.get(mapping.variant_id), mapping.variant_id)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col">
                <Text size="small" leading="compact">
                  {mapping.product_name ?? mapping.product_code} · {mapping.merchant}
                </Text>
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle font-mono">
                  {mapping.product_code} · {mapping.currency}
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell>
              {mapping.face_value_mode === "fixed" && mapping.fixed_value !== null
                ? formatMoney(mapping.fixed_value, mapping.currency)
                : "Price paid"}
            </Table.Cell>
            <Table.Cell>
              <Badge
                size="2xsmall"
                color={mapping.catalog_flag ? "orange" : mapping.catalog_active ? "green" : "red"}
                title={mapping.catalog_flag ?? undefined}
              >
                {mapping.catalog_flag ? "Needs attention" : mapping.catalog_active ? "Active" : "Disabled"}
              </Badge>
            </Table.Cell>
            <Table.Cell className="text-right">
              <DropdownMenu>
                <DropdownMenu.Trigger asChild>
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={`Actions for ${mapping.product_code}`}
                  >
                    <EllipsisHorizontal />
                  </IconButton>
                </DropdownMenu.Trigger>
                <DropdownMenu.Content align="end">
                  <DropdownMenu.Item className="gap-x-2" onClick={() => onEdit(mapping)}>
                    <PencilSquare className="text-ui-fg-subtle" />
                    Edit
                  </DropdownMenu.Item>
                  <DropdownMenu.Item className="gap-x-2" onClick={() => onRemove(mapping)}>
                    <Trash className="text-ui-fg-subtle" />
                    Remove
                  </DropdownMenu.Item>
                </DropdownMenu.Content>
              </DropdownMenu>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
