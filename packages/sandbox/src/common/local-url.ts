import { isIP } from "node:net"

/** Loopback, RFC 1918, IPv6 unique-local and `*.local` / `*.localhost` names. */
function isLocalHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local")) return true
  if (isIP(host) === 4) {
    const [a, b] = host.split(".").map(Number)
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
  }
  if (isIP(host) === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host)
    if (mapped) return isLocalHost(mapped[1])
    return host === "::1" || /^f[cd][0-9a-f]{0,2}:/.test(host)
  }
  return false
}

/**
 * Why a partner would refuse `value` as a callback URL, or `undefined`: the
 * partners take absolute `https:` URLs; the sandboxes also take plain `http:`
 * to this machine or a private network, so tests and local stores can listen.
 */
export function callbackUrlProblem(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return "must be an absolute https URL"
  }
  if (url.protocol === "https:") return undefined
  if (url.protocol === "http:" && isLocalHost(url.hostname)) return undefined
  return url.protocol === "http:"
    ? "must use https (plain http is allowed only for loopback and private hosts)"
    : "must be an absolute https URL"
}
