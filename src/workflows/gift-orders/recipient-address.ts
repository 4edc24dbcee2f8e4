/** The order address fields a confirmed recipient fills. */
export type RecipientShippingAddress = {
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  phone: string | null
}

/**
 * Giftyzet keeps the recipient's address as free text (a textarea). It maps
 * onto Medusa's address as: first line → `address_1`, the rest → `address_2`;
 * the name splits at its first space. Country and the other fields of the
 * order's address are left to the store (the shipping zone chose them).
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
  }
}
