import { Input, Select } from "@medusajs/ui"
import {
  GIFT_CLAIM_STATES,
  GIFT_CLAIM_STATE_VALUES,
  GIFT_STATUSES,
  GIFT_STATUS_VALUES,
} from "../../lib/gift-status"

const ALL = "all"

type GiftOrdersFiltersProps = {
  status: string | undefined
  claimState: string | undefined
  search: string
  onStatusChange: (status: string | undefined) => void
  onClaimStateChange: (claimState: string | undefined) => void
  onSearchChange: (search: string) => void
}

type FilterSelectProps = {
  label: string
  allLabel: string
  value: string | undefined
  options: { value: string; label: string }[]
  onChange: (value: string | undefined) => void
}

/** A select with an "all" choice that stands for no filter. */
function FilterSelect({ label, allLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <div className="w-[200px]">
      <Select
        size="small"
        value={value ?? ALL}
        onValueChange={(next) => onChange(next === ALL ? undefined : next)}
      >
        <Select.Trigger aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{allLabel}</Select.Item>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

/** Status and claim filters and the search box of the gift orders list. */
export function GiftOrdersFilters({
  status,
  claimState,
  search,
  onStatusChange,
  onClaimStateChange,
  onSearchChange,
}: GiftOrdersFiltersProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <FilterSelect
        label="Filter by status"
        allLabel="All statuses"
        value={status}
        options={GIFT_STATUS_VALUES.map((value) => ({ value, label: GIFT_STATUSES[value].label }))}
        onChange={onStatusChange}
      />
      <FilterSelect
        label="Filter by claim"
        allLabel="All claims"
        value={claimState}
        options={GIFT_CLAIM_STATE_VALUES.map((value) => ({ value, label: GIFT_CLAIM_STATES[value].label }))}
        onChange={onClaimStateChange}
      />
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
