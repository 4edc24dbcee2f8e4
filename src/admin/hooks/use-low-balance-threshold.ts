import { useCallback, useEffect, useState } from "react"

const STORAGE_KEY = "medusa-plugin-gifting:low-balance-threshold"

function read(): number | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY)
    const value = raw === null ? NaN : Number(raw)
    return Number.isFinite(value) && value >= 0 ? value : null
  } catch {
    return null
  }
}

/**
 * The wallet balance under which the settings page warns, as this browser's
 * staff set it (localStorage), else the plugin option
 * `ugiftme.lowBalanceThreshold` the wallet route reports.
 */
export function useLowBalanceThreshold(optionThreshold: number | null) {
  const [stored, setStored] = useState<number | null>(() => read())

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setStored(read())
    }
    window.addEventListener("storage", onStorage)
    return () => window.removeEventListener("storage", onStorage)
  }, [])

  const save = useCallback((value: number | null) => {
    try {
      if (value === null) window.localStorage.removeItem(STORAGE_KEY)
      else window.localStorage.setItem(STORAGE_KEY, String(value))
    } catch {
      // storage unavailable (private mode): keep it for this page only
    }
    setStored(value)
  }, [])

  return {
    threshold: stored ?? optionThreshold,
    source: stored !== null ? ("browser" as const) : optionThreshold !== null ? ("option" as const) : null,
    save,
  }
}
