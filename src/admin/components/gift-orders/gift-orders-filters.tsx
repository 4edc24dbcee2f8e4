import { Input, Select } from "@medusajs/ui"
import { GIFT_STATUSES, GIFT_STATUS_VALUES } from "../../lib/gift-status"

const ALL = "all"

type GiftOrdersFiltersProps = {
  status: string | undefined
  search: string
  onStatusChange: (status: string | undefined) => void
  onSearchChange: (search: string) => void
}

/** Status filter and search box of the gift orders list. */
export function GiftOrdersFilters({
  status,
  search,
  onStatusChange,
  onSearchChange,
}: GiftOrdersFiltersProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="w-[180px]">
        <Select
          size="small"
          value={status ?? ALL}
          onValueChange={(value) => onStatusChange(value === ALL ? undefined : value)}
        >
          <Select.Trigger aria-label="Filter by status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All statuses</Select.Item>
            {GIFT_STATUS_VALUES.map((value) => (
              <Select.Item key={value} value={value}>
                {GIFT_STATUSES[value].label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <Input
        size="small"
        type="search"
        placeholder="Search by order or Giftyzet number"
        aria-label="Search gift orders"
        value={search}
        onChange={(event) => onSearchChange(event.target.value)}
        className="w-[280px]"
      />
    </div>
  )
}
