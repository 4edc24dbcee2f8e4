import { isIPv4 } from "node:net"

/** Strips the IPv4-mapped IPv6 prefix that Node reports for IPv4 peers on dual-stack sockets. */
export function normalizeIp(ip: string | undefined): string {
  if (!ip) return "unknown"
  return ip.startsWith("::ffff:") && isIPv4(ip.slice(7)) ? ip.slice(7) : ip
}

function ipv4ToInt(ip: string): number {
  return ip.split(".").reduce((acc, part) => (acc << 8) + Number(part), 0) >>> 0
}

function entryMatches(entry: string, ip: string): boolean {
  const [base, bitsText] = entry.split("/")
  if (bitsText === undefined) return normalizeIp(base) === ip
  const bits = Number(bitsText)
  if (!isIPv4(base) || !isIPv4(ip) || !Number.isInteger(bits) || bits < 0 || bits > 32) return false
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
  return (ipv4ToInt(base) & mask) === (ipv4ToInt(ip) & mask)
}

/** True when the list is empty or one entry (exact IP or IPv4 CIDR) matches. */
export function isIpAllowed(ip: string, allowList: string[]): boolean {
  return allowList.length === 0 || allowList.some((entry) => entryMatches(entry.trim(), ip))
}
