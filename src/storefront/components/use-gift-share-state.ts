"use client"

import { useEffect, useRef, useState } from "react"
import { isGiftSettled, retrieveGiftShareState } from "../gift-share-state"
import { pollGiftShareState, type GiftShareStateLoad } from "../poll-gift-share-state"
import type { GiftingSdk } from "../sdk"
import type { GiftShareState } from "../types"

/**
 * Reads an order's gift state: a function (for instance a Next.js server
 * action calling `retrieveGiftShareState` with the store's SDK), or a JS SDK
 * instance usable from the browser (publishable key and public backend URL).
 */
export type GiftShareStateSource =
  | { loadShareState: (orderId: string) => Promise<GiftShareState | null>; sdk?: never }
  | { sdk: GiftingSdk; loadShareState?: never }

export type UseGiftShareStateOptions = GiftShareStateSource & {
  orderId: string
  /** A state already read (e.g. on the server), shown at once. */
  initialState?: GiftShareState | null
  /** First wait between reads, in ms. Default 1000. */
  pollIntervalMs?: number
  /** Longest wait between reads, in ms. Default 15 000. */
  maxPollIntervalMs?: number
}

export type GiftShareStateView = {
  state: GiftShareState | null
  /** No read has answered yet. */
  loading: boolean
  /** Reading failed for good (not a passing network error): the state may be stale. */
  failed: boolean
}

/**
 * Keeps an order's gift state current: reads it until the recipient link
 * exists, then keeps reading (less and less often) until the gift is
 * accepted, shipped or cancelled. Stops on unmount.
 */
export function useGiftShareState(options: UseGiftShareStateOptions): GiftShareStateView {
  const { orderId, initialState, pollIntervalMs = 1_000, maxPollIntervalMs = 15_000 } = options
  const [view, setView] = useState<GiftShareStateView>(() => ({
    state: initialState ?? null,
    loading: initialState === undefined,
    failed: false,
  }))

  // The latest source, so a new function or SDK object on each render does not restart the polling.
  const sourceRef = useRef<GiftShareStateSource>(options)
  useEffect(() => {
    sourceRef.current = options
  })

  const startSettled = isGiftSettled(initialState)
  useEffect(() => {
    if (startSettled) return
    const controller = new AbortController()
    const load: GiftShareStateLoad = (signal) => {
      const source = sourceRef.current
      return source.sdk
        ? retrieveGiftShareState(source.sdk, orderId, { signal })
        : source.loadShareState(orderId)
    }
    pollGiftShareState(load, isGiftSettled, {
      signal: controller.signal,
      intervalMs: pollIntervalMs,
      maxIntervalMs: maxPollIntervalMs,
      onUpdate: (state) => setView({ state, loading: false, failed: false }),
    }).catch(() => {
      if (!controller.signal.aborted) setView((current) => ({ ...current, loading: false, failed: true }))
    })
    return () => controller.abort()
  }, [orderId, startSettled, pollIntervalMs, maxPollIntervalMs])

  return view
}
