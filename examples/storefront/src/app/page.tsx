import Link from "next/link"
import { listProducts } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { formatMoney } from "@/lib/money"

export default async function StorePage() {
  const region = await getRegion()
  const products = await listProducts(region.id)
  return (
    <>
      <h1>Products</h1>
      <ul>
        {products.map((product) => {
          const price = product.variants?.[0]?.calculated_price
          return (
            <li key={product.id}>
              <Link href={`/products/${product.handle}`}>{product.title}</Link>{" "}
              {formatMoney(price?.calculated_amount, price?.currency_code ?? undefined)}
            </li>
          )
        })}
      </ul>
    </>
  )
}
