import Link from "next/link"
import { retrieveCustomer, signout } from "@/lib/data/customer"
import { AccountForms } from "@/modules/account/account-forms"

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const [{ error }, customer] = await Promise.all([searchParams, retrieveCustomer()])
  if (!customer) {
    return (
      <>
        <h1>Your account</h1>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        <AccountForms />
        <p>
          Ordered without an account? <Link href="/account/orders">Find your order</Link>.
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Hello, {customer.first_name || customer.email}</h1>
      <p>Logged in as {customer.email}.</p>
      <p>
        <Link href="/account/orders">Your orders</Link>
      </p>
      <form action={signout}>
        <button type="submit">Log out</button>
      </form>
    </>
  )
}
