import { objectId } from "./ids"
import { hasAtMostTwoDecimals } from "./money"
import type { Product } from "./types"

type SeedProduct = Omit<Product, "_id" | "createdAt" | "updatedAt" | "isActive">

const SEED: SeedProduct[] = [
  {
    productCode: "AMAZON_UK_STD",
    name: "Amazon.co.uk Gift Card",
    merchant: "Amazon UK",
    category: "Marketplaces",
    countryCode: "GB",
    currency: "GBP",
    imageUrl: "https://cdn.sandbox.ugift.me/products/amazon-uk.png",
    description: "Spend on millions of items at amazon.co.uk.",
    redemptionUrl: "https://www.amazon.co.uk/gc/redeem",
    denominationType: "range",
    minValue: 5,
    maxValue: 500,
  },
  {
    productCode: "ARGOS_UK_FIXED",
    name: "Argos Gift Card",
    merchant: "Argos",
    category: "Home & Electronics",
    countryCode: "GB",
    currency: "GBP",
    imageUrl: "https://cdn.sandbox.ugift.me/products/argos.png",
    description: "Redeemable in Argos stores and online.",
    redemptionUrl: "https://www.argos.co.uk/giftcards",
    denominationType: "fixed",
    denominations: [10, 25, 50, 100],
  },
  {
    productCode: "SPOTIFY_UK_FIXED",
    name: "Spotify Premium Gift Card",
    merchant: "Spotify",
    category: "Entertainment",
    countryCode: "GB",
    currency: "GBP",
    imageUrl: "https://cdn.sandbox.ugift.me/products/spotify-uk.png",
    description: "Months of ad-free music.",
    redemptionUrl: "https://www.spotify.com/redeem",
    denominationType: "fixed",
    denominations: [10, 30, 60],
  },
  {
    productCode: "ZALANDO_DE_STD",
    name: "Zalando Gutschein",
    merchant: "Zalando",
    category: "Fashion",
    countryCode: "DE",
    currency: "EUR",
    imageUrl: "https://cdn.sandbox.ugift.me/products/zalando.png",
    description: "Fashion and shoes across Europe.",
    redemptionUrl: "https://www.zalando.de/gutschein-einloesen",
    denominationType: "range",
    minValue: 10,
    maxValue: 250,
  },
  {
    productCode: "FNAC_FR_FIXED",
    name: "Carte cadeau Fnac",
    merchant: "Fnac",
    category: "Entertainment",
    countryCode: "FR",
    currency: "EUR",
    imageUrl: "https://cdn.sandbox.ugift.me/products/fnac.png",
    description: "Books, music and electronics.",
    redemptionUrl: "https://www.fnac.com/carte-cadeau",
    denominationType: "fixed",
    denominations: [15, 30, 50, 100],
  },
  {
    productCode: "AMAZON_US_STD",
    name: "Amazon.com Gift Card",
    merchant: "Amazon US",
    category: "Marketplaces",
    countryCode: "US",
    currency: "USD",
    imageUrl: "https://cdn.sandbox.ugift.me/products/amazon-us.png",
    description: "Spend on millions of items at amazon.com.",
    redemptionUrl: "https://www.amazon.com/gc/redeem",
    denominationType: "range",
    minValue: 1,
    maxValue: 2000,
  },
  {
    productCode: "STEAM_US_FIXED",
    name: "Steam Wallet Code",
    merchant: "Steam",
    category: "Gaming",
    countryCode: "US",
    currency: "USD",
    imageUrl: "https://cdn.sandbox.ugift.me/products/steam.png",
    description: "Add funds to a Steam wallet.",
    redemptionUrl: "https://store.steampowered.com/account/redeemwalletcode",
    denominationType: "fixed",
    denominations: [20, 50, 100],
  },
]

/** A fresh copy of the seeded catalog (GBP, EUR and USD; fixed and ranged). */
export function seedCatalog(now: Date = new Date()): Product[] {
  const stamp = now.toISOString()
  return SEED.map((product) => ({
    _id: objectId(now.getTime()),
    ...product,
    ...(product.denominations ? { denominations: [...product.denominations] } : {}),
    isActive: true,
    createdAt: stamp,
    updatedAt: stamp,
  }))
}

/** Distinct currencies of the catalog, in first-seen order. */
export function catalogCurrencies(products: Product[]): string[] {
  return [...new Set(products.map((p) => p.currency))]
}

/** Why `value` cannot be bought for this product, or undefined when it can. */
export function valueRuleViolation(product: Product, value: number): string | undefined {
  if (!hasAtMostTwoDecimals(value) || value <= 0) {
    return "valuePurchased must be a positive amount with at most two decimals"
  }
  if (product.denominationType === "fixed") {
    const allowed = product.denominations ?? []
    if (!allowed.includes(value)) {
      return `${product.productCode} is sold in fixed denominations: ${allowed.join(", ")} ${product.currency}`
    }
    return undefined
  }
  const min = product.minValue ?? 0
  const max = product.maxValue ?? Number.POSITIVE_INFINITY
  if (value < min || value > max) {
    return `${product.productCode} accepts values from ${min} to ${max} ${product.currency}`
  }
  return undefined
}

/** The `product` populated on synchronous 201 order answers. */
export function productSnippet(product: Product): {
  imageUrl: string
  merchant: string
  productCode: string
} {
  return { imageUrl: product.imageUrl, merchant: product.merchant, productCode: product.productCode }
}

export function catalogFilters(products: Product[]): { categories: string[]; merchants: string[] } {
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b))
  return {
    categories: sorted(products.map((p) => p.category)),
    merchants: sorted(products.map((p) => p.merchant)),
  }
}

const EDITABLE_STRINGS = [
  "name",
  "merchant",
  "category",
  "countryCode",
  "imageUrl",
  "description",
  "redemptionUrl",
] as const

/**
 * Validates a product definition or change coming from a control endpoint.
 * Returns the accepted fields or an error message.
 */
export function parseProductChange(
  input: Record<string, unknown>
): { ok: true; change: Partial<Product> } | { ok: false; message: string } {
  const change: Partial<Product> = {}
  for (const field of EDITABLE_STRINGS) {
    const value = input[field]
    if (value === undefined) continue
    if (typeof value !== "string" || value.trim() === "") {
      return { ok: false, message: `${field} must be a non-empty string` }
    }
    change[field] = value
  }
  if (input.currency !== undefined) {
    if (typeof input.currency !== "string" || !/^[A-Z]{3}$/.test(input.currency)) {
      return { ok: false, message: "currency must be a 3-letter upper-case ISO code" }
    }
    change.currency = input.currency
  }
  if (input.isActive !== undefined) {
    if (typeof input.isActive !== "boolean") return { ok: false, message: "isActive must be a boolean" }
    change.isActive = input.isActive
  }
  if (input.denominations !== undefined) {
    const list = input.denominations
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      !list.every((v) => typeof v === "number" && v > 0 && hasAtMostTwoDecimals(v))
    ) {
      return { ok: false, message: "denominations must be a non-empty array of positive amounts" }
    }
    change.denominations = list as number[]
    change.denominationType = "fixed"
    change.minValue = undefined
    change.maxValue = undefined
  }
  if (input.minValue !== undefined || input.maxValue !== undefined) {
    const min = input.minValue
    const max = input.maxValue
    if (typeof min !== "number" || typeof max !== "number" || min <= 0 || max < min) {
      return {
        ok: false,
        message: "minValue and maxValue must both be given, positive, with minValue <= maxValue",
      }
    }
    if (change.denominations) return { ok: false, message: "give either denominations or minValue/maxValue" }
    change.minValue = min
    change.maxValue = max
    change.denominationType = "range"
    change.denominations = undefined
  }
  return { ok: true, change }
}

/** Applies a validated change; drops the value-rule fields of the other kind. */
export function applyProductChange(product: Product, change: Partial<Product>, now: Date): Product {
  const next: Product = { ...product, ...change, updatedAt: now.toISOString() }
  if (next.denominationType === "fixed") {
    delete next.minValue
    delete next.maxValue
  } else {
    delete next.denominations
  }
  return next
}
