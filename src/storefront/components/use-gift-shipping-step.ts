import { useCallback, useState } from "react"
import { GIFT_SHIPPING_DATA_KIND } from "../../shared/gift-shipping-rules"
import { VOUCHER_SHIPPING_DATA_KIND } from "../../shared/voucher-shipping-rules"
import { isGiftShippingOption, type ShippingOptionLike } from "../gift-recipient"
import { isVoucherShippingOption } from "../voucher-recipient"

/** What kind of delivery a shipping option is, for the shipping step. */
export type ShippingOptionKind = "gift" | "voucher" | "standard"

/** A cart as the Store API returns it, reduced to what the step compares. */
export type CartWithShippingMethods = {
  shipping_methods?:
    ({ shipping_option_id?: string | null; data?: Record<string, unknown> | null } | null)[] | null
}

export type UseGiftShippingStepOptions = {
  cart: CartWithShippingMethods | null | undefined
  options: (ShippingOptionLike & { id: string })[]
  /**
   * Adds a shipping option that needs no recipient (the storefront's own
   * `setShippingMethod`, e.g. a server action). The gift and voucher options
   * are added with their recipient through `saveRecipient` instead.
   */
  setShippingMethod(optionId: string): Promise<unknown>
}

export type GiftShippingStep = {
  /** The option on screen (chosen by the shopper, else the cart's). */
  selectedOptionId: string | null
  selectedKind: ShippingOptionKind | null
  /** True while the chosen option waits for its recipient form. */
  needsRecipient: boolean
  /** Call from the radio's `onChange`: a gift or voucher option is only selected, not yet added. */
  select(optionId: string): Promise<void>
  /**
   * Adds the chosen gift or voucher option with its recipient: pass a call
   * that does it (e.g. `(optionId) => setGiftShippingMethod(sdk, { … optionId })`).
   * Returns what the call returned.
   */
  saveRecipient<Result>(add: (optionId: string) => Promise<Result>): Promise<Result | undefined>
  /** True only when the cart's method is the one on screen (with its recipient): enable "Continue" with it. */
  canContinue: boolean
  isSaving: boolean
}

function kindOf(option: ShippingOptionLike | undefined): ShippingOptionKind | null {
  if (!option) return null
  if (isGiftShippingOption(option)) return "gift"
  if (isVoucherShippingOption(option)) return "voucher"
  return "standard"
}

const DATA_KIND: Record<ShippingOptionKind, string | null> = {
  gift: GIFT_SHIPPING_DATA_KIND,
  voucher: VOUCHER_SHIPPING_DATA_KIND,
  standard: null,
}

/**
 * Guards the two traps of Medusa's starters' shipping step: the gift option
 * is not added to the cart before its recipient is valid (the starter adds a
 * method on every radio click, which the gift option refuses without data),
 * and "Continue" stays disabled while the cart still holds another method
 * than the one on screen (switching to the gift option must never leave the
 * order on Standard shipping without a gift).
 */
export function useGiftShippingStep({
  cart,
  options,
  setShippingMethod,
}: UseGiftShippingStepOptions): GiftShippingStep {
  const methods = (cart?.shipping_methods ?? []).filter(Boolean)
  const current = methods[methods.length - 1] ?? null
  const [chosen, setChosen] = useState<string | null>(null)
  const [isSaving, setSaving] = useState(false)
  const selectedOptionId = chosen ?? current?.shipping_option_id ?? null
  const selectedKind = kindOf(options.find((option) => option.id === selectedOptionId))

  const run = useCallback(async <Result>(work: () => Promise<Result>) => {
    setSaving(true)
    try {
      return await work()
    } finally {
      setSaving(false)
    }
  }, [])

  const select = useCallback(
    async (optionId: string) => {
      setChosen(optionId)
      const kind = kindOf(options.find((option) => option.id === optionId))
      if (kind === "standard") await run(() => setShippingMethod(optionId))
    },
    [options, run, setShippingMethod]
  )

  const saveRecipient = useCallback(
    async <Result>(add: (optionId: string) => Promise<Result>) => {
      if (!selectedOptionId || selectedKind === "standard") return undefined
      return run(() => add(selectedOptionId))
    },
    [run, selectedKind, selectedOptionId]
  )

  const cartHoldsSelection =
    Boolean(selectedOptionId) &&
    current?.shipping_option_id === selectedOptionId &&
    (selectedKind === null ||
      DATA_KIND[selectedKind] === null ||
      current?.data?.kind === DATA_KIND[selectedKind])

  return {
    selectedOptionId,
    selectedKind,
    needsRecipient: (selectedKind === "gift" || selectedKind === "voucher") && !cartHoldsSelection,
    select,
    saveRecipient,
    canContinue: cartHoldsSelection && !isSaving,
    isSaving,
  }
}
