import { notificationChannelsOf } from "../notification-channels"

const local = (channels: unknown) => ({
  resolve: "@medusajs/medusa/notification-local",
  id: "local",
  options: { channels },
})

describe("notificationChannelsOf", () => {
  it("lists the channels of every configured provider once", () => {
    expect(
      notificationChannelsOf({
        options: { providers: [local(["feed", "email"]), { options: { channels: ["sms", "email"] } }] },
      })
    ).toEqual(["feed", "email", "sms"])
  })

  it("is Medusa's default (the admin feed only) without a provider for email or SMS", () => {
    expect(notificationChannelsOf({ options: { providers: [local(["feed"])] } })).toEqual(["feed"])
  })

  it("counts Medusa Cloud's email provider when its options are complete and nothing else takes email", () => {
    const cloud = { api_key: "key", endpoint: "https://emails.example", environment_handle: "env" }

    expect(notificationChannelsOf({ options: { providers: [local(["feed"])], cloud } })).toEqual([
      "feed",
      "email",
    ])
    expect(notificationChannelsOf({ options: { cloud: { ...cloud, api_key: undefined } } })).toEqual([])
  })

  it("has no channel for a missing or disabled module or malformed provider options", () => {
    expect(notificationChannelsOf(undefined)).toEqual([])
    expect(notificationChannelsOf(false)).toEqual([])
    expect(notificationChannelsOf({ disable: true, options: { providers: [local(["email"])] } })).toEqual([])
    expect(
      notificationChannelsOf({ options: { providers: [local("email"), null, local([42, "sms"])] } })
    ).toEqual(["sms"])
  })
})
