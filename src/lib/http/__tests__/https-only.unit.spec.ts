import { httpsOnlyProblem, isLocalHost } from "../https-only"

describe("isLocalHost", () => {
  it.each([
    "localhost",
    "LOCALHOST",
    "api.localhost",
    "127.0.0.1",
    "127.10.20.30",
    "[::1]",
    "::1",
    "10.0.0.8",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.1.20",
    "printer.local",
    "[fd12:3456::1]",
    "[::ffff:127.0.0.1]",
  ])("%s is local", (host) => {
    expect(isLocalHost(host)).toBe(true)
  })

  it.each([
    "api.ugift.me",
    "app.giftyzet.com",
    "8.8.8.8",
    "172.15.0.1",
    "172.32.0.1",
    "192.169.0.1",
    "11.0.0.1",
    "128.0.0.1",
    "[2001:db8::1]",
    "[::ffff:8.8.8.8]",
    "localhost.example.com",
    "local",
  ])("%s is public", (host) => {
    expect(isLocalHost(host)).toBe(false)
  })
})

describe("httpsOnlyProblem", () => {
  it("accepts https anywhere and http to loopback and private hosts", () => {
    for (const url of [
      "https://api.ugift.me",
      "https://shop.example/hooks/gifting/ugiftme",
      "http://127.0.0.1:4010",
      "http://localhost:9000/hooks/gifting/ugiftme",
      "http://[::1]:4020",
      "http://10.1.2.3",
      "http://192.168.0.5:8080",
      "http://store.local/hooks",
    ]) {
      expect(httpsOnlyProblem(url)).toBeUndefined()
    }
  })

  it("refuses http to a public host, other schemes and non-URLs", () => {
    expect(httpsOnlyProblem("http://api.ugift.me")).toBe(
      "must use https (plain http is allowed only for loopback and private hosts)"
    )
    expect(httpsOnlyProblem("http://8.8.8.8/hooks")).toMatch(/must use https/)
    expect(httpsOnlyProblem("ftp://files.example")).toBe("must be an absolute https URL")
    expect(httpsOnlyProblem("shop.example/hooks")).toBe("must be an absolute https URL")
  })
})
