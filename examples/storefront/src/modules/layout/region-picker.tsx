import type { HttpTypes } from "@medusajs/types"
import { chooseRegion } from "@/lib/data/regions"

export function RegionPicker({ regions, current }: { regions: HttpTypes.StoreRegion[]; current: string }) {
  return (
    <form action={chooseRegion} style={{ display: "flex", gap: 8, alignItems: "center" }}>
      <label htmlFor="region_id" style={{ margin: 0 }}>
        Ship to
      </label>
      <select id="region_id" name="region_id" defaultValue={current}>
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name} ({region.currency_code.toUpperCase()})
          </option>
        ))}
      </select>
      <button type="submit">Update</button>
    </form>
  )
}
