import { notFound } from "next/navigation"
import { addToCart } from "@/lib/data/cart"
import { getProductByHandle } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { formatMoney } from "@/lib/money"

export default async function ProductPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  const region = await getRegion()
  const product = await getProductByHandle(handle, region.id)
  if (!product) notFound()
  const variants = (product.variants ?? []).filter((variant) => variant.calculated_price)
  return (
    <>
      <h1>{product.title}</h1>
      <p>{product.description}</p>
      {variants.length === 0 ? (
        <p>Not sold in {region.name}.</p>
      ) : (
        <form action={addToCart}>
          <label htmlFor="variant_id">Variant</label>
          <select id="variant_id" name="variant_id">
            {variants.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.title} —{" "}
                {formatMoney(
                  variant.calculated_price?.calculated_amount,
                  variant.calculated_price?.currency_code ?? undefined
                )}
              </option>
            ))}
          </select>
          <label htmlFor="quantity">Quantity</label>
          <input id="quantity" name="quantity" type="number" min={1} defaultValue={1} />
          <p>
            <button type="submit">Add to cart</button>
          </p>
        </form>
      )}
    </>
  )
}
