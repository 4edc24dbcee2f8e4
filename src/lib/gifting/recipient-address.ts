/**
 * The order address a confirmed recipient's details become: every field of
 * Medusa's order address the update touches, so that nothing of the buyer's
 * address (city, postcode, province, country, company) is left mixed in.
 */
export type RecipientShippingAddress = {
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  phone: string | null
  company: null
  city: null
  postal_code: null
  province: null
  country_code: null
}

/**
 * Giftyzet keeps the recipient's address as free text (a textarea), with no
 * separate city, postcode or country. It maps onto Medusa's address as: first
 * line → `address_1`, the rest → `address_2` (joined with ", "); the name
 * splits at its first space. Company, city, postcode, province and country are
 * cleared: the buyer's values there would describe another place, and the
 * free text is the one address the recipient gave.
 */
export function toRecipientShippingAddress(recipient: {
  name: string | null
  phone: string | null
  address: string | null
}): RecipientShippingAddress {
  const name = recipient.name?.trim() ?? ""
  const space = name.indexOf(" ")
  const lines = (recipient.address ?? "")
    .split(/\r?\n|,/)
    .map((line) => line.trim())
    .filter(Boolean)
  return {
    first_name: name ? (space === -1 ? name : name.slice(0, space)) : null,
    last_name: space === -1 ? null : name.slice(space + 1).trim() || null,
    address_1: lines[0] ?? null,
    address_2: lines.length > 1 ? lines.slice(1).join(", ") : null,
    phone: recipient.phone?.trim() || null,
    company: null,
    city: null,
    postal_code: null,
    province: null,
    country_code: null,
  }
}
