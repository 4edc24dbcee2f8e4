import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type DetailRowProps = {
  label: string
  children: ReactNode
  testId?: string
}

/** A label and its value side by side, as the order page's own side cards show them. */
export function DetailRow({ label, children, testId }: DetailRowProps) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4" data-testid={testId}>
      <Text size="small" leading="compact" weight="plus">
        {label}
      </Text>
      <div className="text-ui-fg-base min-w-0 break-words">{children}</div>
    </div>
  )
}
