import { appendFileSync } from "node:fs"

/**
 * Prints a test's counts (orders, faults injected, duplicates found, leaks
 * found…) as one block, and appends them as a JSON line to
 * RELIABILITY_SUMMARY_FILE when set (scripts/test.mjs prints the totals).
 */
export function printSummary(title: string, counts: Record<string, number | string>): void {
  const lines = Object.entries(counts).map(([name, value]) => `    ${name.replace(/_/g, " ")}: ${value}`)
  process.stdout.write(`\n  [reliability] ${title}\n${lines.join("\n")}\n`)
  const file = process.env.RELIABILITY_SUMMARY_FILE
  if (file) appendFileSync(file, `${JSON.stringify({ title, ...counts })}\n`)
}
