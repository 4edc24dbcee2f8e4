import { parseSandboxArgs } from "../cli-args"

describe("parseSandboxArgs", () => {
  it("has loopback defaults", () => {
    expect(parseSandboxArgs([])).toMatchObject({
      host: "127.0.0.1",
      giftyzetPort: 4010,
      ugiftmePort: 4020,
      help: false,
    })
  })

  it("reads ports, repeated keys and switches", () => {
    expect(
      parseSandboxArgs([
        "--giftyzet-port",
        "0",
        "--giftyzet-key",
        "gfty_live_a",
        "--giftyzet-key",
        "gfty_live_b",
        "--ugiftme-port",
        "5020",
        "--ugiftme-key",
        "k1",
        "--ugiftme-async",
        "--giftyzet-generation",
        "newer",
        "--ugiftme-idempotency",
        "strict",
        "--ugiftme-key-ttl",
        "600",
      ])
    ).toMatchObject({
      giftyzetPort: 0,
      giftyzetKeys: ["gfty_live_a", "gfty_live_b"],
      ugiftmePort: 5020,
      ugiftmeKeys: ["k1"],
      ugiftmeAsync: true,
      giftyzetGeneration: "newer",
      ugiftmeIdempotency: "strict",
      ugiftmeKeyTtlSeconds: 600,
    })
  })

  it("takes the hybrid generation by its own name", () => {
    expect(parseSandboxArgs(["--giftyzet-generation", "newer-with-create"]).giftyzetGeneration).toBe(
      "newer-with-create"
    )
  })

  it.each([
    [["--giftyzet-port", "70000"], "--giftyzet-port needs a port number"],
    [["--giftyzet-key"], "--giftyzet-key needs a value"],
    [
      ["--giftyzet-generation", "old"],
      '--giftyzet-generation is one of "documented", "newer", "newer-with-create"',
    ],
    [["--ugiftme-idempotency", "lax"], '--ugiftme-idempotency is "tolerant" or "strict"'],
    [["--ugiftme-key-ttl", "1.5"], "--ugiftme-key-ttl needs a whole number of seconds"],
    [["--what"], 'unknown option "--what"'],
  ])("rejects %p with a message naming the flag", (argv, message) => {
    expect(() => parseSandboxArgs(argv)).toThrow(message)
  })
})
