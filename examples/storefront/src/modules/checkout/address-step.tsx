import type { HttpTypes } from "@medusajs/types"
import { saveAddress } from "@/lib/data/cart"

const FIELDS = [
  ["first_name", "First name", "given-name"],
  ["last_name", "Last name", "family-name"],
  ["address_1", "Address", "address-line1"],
  ["postal_code", "Postal code", "postal-code"],
  ["city", "City", "address-level2"],
  ["phone", "Phone", "tel"],
] as const

export function AddressStep({ cart }: { cart: HttpTypes.StoreCart }) {
  const address = cart.shipping_address
  const countries = cart.region?.countries ?? []
  return (
    <section aria-labelledby="address-heading">
      <h2 id="address-heading">Your address</h2>
      <form action={saveAddress}>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={cart.email ?? ""}
        />
        {FIELDS.map(([name, label, autoComplete]) => (
          <div key={name}>
            <label htmlFor={name}>{label}</label>
            <input
              id={name}
              name={name}
              required={name !== "phone"}
              autoComplete={autoComplete}
              defaultValue={(address?.[name] as string | null | undefined) ?? ""}
            />
          </div>
        ))}
        <label htmlFor="country_code">Country</label>
        <select
          id="country_code"
          name="country_code"
          defaultValue={address?.country_code ?? countries[0]?.iso_2}
        >
          {countries.map((country) => (
            <option key={country.iso_2} value={country.iso_2}>
              {country.display_name}
            </option>
          ))}
        </select>
        <p>
          <button type="submit">Continue to delivery</button>
        </p>
      </form>
    </section>
  )
}
