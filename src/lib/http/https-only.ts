import { isIP } from "node:net"

/**
 * Whether `hostname` (as `URL.hostname` gives it) names this machine or a
 * private network: loopback (127.0.0.0/8, ::1, `localhost`), RFC 1918
 * (10/8, 172.16/12, 192.168/16), IPv6 unique-local (fc00::/7) and mDNS
 * `*.local` names. Traffic to those never crosses the public internet, so
 * plain `http:` is allowed there (the sandboxes, a local store).
 */
export function isLocalHost(hostname: string): boolean {
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
    if (host === "::1") return true
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host)
    if (mapped) return isLocalHost(mapped[1])
    return /^f[cd][0-9a-f]{0,2}:/.test(host)
  }
  return false
}

/**
 * Why `value` may not be used as a partner URL, or `undefined` when it may:
 * an absolute `https:` URL, or `http:` to a local host (see {@link isLocalHost}).
 * A partner API key or a webhook's signed deliveries never travel in clear
 * over the internet.
 */
export function httpsOnlyProblem(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return "must be an absolute https URL"
  }
  if (url.protocol === "https:") return undefined
  if (url.protocol === "http:") {
    return isLocalHost(url.hostname)
      ? undefined
      : "must use https (plain http is allowed only for loopback and private hosts)"
  }
  return "must be an absolute https URL"
}
