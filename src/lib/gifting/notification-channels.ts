type ProviderConfig = { options?: { channels?: unknown } | null } | null | undefined

type NotificationModuleConfig =
  | {
      disable?: boolean
      options?: { providers?: ProviderConfig[] | null; cloud?: Record<string, unknown> | null } | null
    }
  | boolean
  | null
  | undefined

/**
 * The channels the store's Notification Module can send on, as it registers
 * its providers at boot: each configured provider's `options.channels`, plus
 * `email` for Medusa Cloud's email provider, which the module adds when no
 * configured provider takes `email` and the cloud options are complete. (The
 * module has no public way to list its providers; its configuration is where
 * they come from.)
 */
export function notificationChannelsOf(moduleConfig: NotificationModuleConfig): string[] {
  if (!moduleConfig || typeof moduleConfig !== "object" || moduleConfig.disable) return []
  const channels = new Set<string>()
  for (const provider of moduleConfig.options?.providers ?? []) {
    const configured = provider?.options?.channels
    if (Array.isArray(configured)) {
      for (const channel of configured) if (typeof channel === "string") channels.add(channel)
    }
  }
  const cloud = moduleConfig.options?.cloud
  if (
    !channels.has("email") &&
    cloud?.api_key &&
    cloud.endpoint &&
    (cloud.environment_handle || cloud.sandbox_handle)
  ) {
    channels.add("email")
  }
  return [...channels]
}
