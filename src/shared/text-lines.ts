// C0 controls but tab, newline and carriage return, DEL, and C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/** One line: controls and line breaks become spaces, runs of whitespace one space. */
export function toSingleLine(value: string | null | undefined): string {
  return (value ?? "").replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim()
}

/** Several lines: `\n` line breaks, no other controls, no trailing blanks. */
export function toMultiLine(value: string | null | undefined): string {
  return (value ?? "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL_CHARACTERS, "")
    .replace(/\t/g, " ")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim()
}
