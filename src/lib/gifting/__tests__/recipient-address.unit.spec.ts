import { toRecipientShippingAddress } from "../recipient-address"

// The buyer's city, postcode, province, country and company never stay mixed with the recipient's address.
const CLEARED = { company: null, city: null, postal_code: null, province: null, country_code: null }

describe("toRecipientShippingAddress", () => {
  it("maps the free-text address and the name onto the order address", () => {
    expect(
      toRecipientShippingAddress({
        name: "Rosa  Maria Recipient",
        phone: " +44 20 7946 0958 ",
        address: "4 Orchard Row\nFlat 2\r\nLondon N1 7GU",
      })
    ).toEqual({
      first_name: "Rosa",
      last_name: "Maria Recipient",
      address_1: "4 Orchard Row",
      address_2: "Flat 2, London N1 7GU",
      phone: "+44 20 7946 0958",
      ...CLEARED,
    })
  })

  it("copes with a one-word name and a one-line, comma-separated address", () => {
    expect(
      toRecipientShippingAddress({ name: "Rosa", phone: null, address: "9 Elm Street, Dublin" })
    ).toEqual({
      first_name: "Rosa",
      last_name: null,
      address_1: "9 Elm Street",
      address_2: "Dublin",
      phone: null,
      ...CLEARED,
    })
  })
})
