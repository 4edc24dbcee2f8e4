import { Button, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"

type LowBalanceThresholdFormProps = {
  threshold: number | null
  source: "browser" | "option" | null
  onSave: (value: number | null) => void
}

/** The balance under which the wallet section warns; kept in this browser, or the plugin option's. */
export function LowBalanceThresholdForm({ threshold, source, onSave }: LowBalanceThresholdFormProps) {
  const [draft, setDraft] = useState(threshold === null ? "" : String(threshold))
  const parsed = draft.trim() === "" ? null : Number(draft)
  const invalid = parsed !== null && (!Number.isFinite(parsed) || parsed < 0)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!invalid) onSave(parsed)
  }

  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={submit}>
      <div className="flex flex-col gap-1">
        <Label size="xsmall" htmlFor="gifting-low-balance-threshold">
          Warn below
        </Label>
        <Input
          id="gifting-low-balance-threshold"
          size="small"
          type="number"
          min={0}
          step="any"
          placeholder="No warning"
          value={draft}
          aria-invalid={invalid}
          onChange={(event) => setDraft(event.target.value)}
          className="w-[140px]"
        />
      </div>
      <Button size="small" variant="secondary" type="submit" disabled={invalid}>
        Save threshold
      </Button>
      {source === "option" && (
        <Text size="xsmall" className="text-ui-fg-muted">
          From the plugin option
        </Text>
      )}
    </form>
  )
}
