import type { ConfigModule } from "@medusajs/framework/types"

/** The dev store's `medusa-config.ts`, loaded afresh with the given env vars. */
function loadConfig(env: Record<string, string | undefined>): ConfigModule {
  const saved = { ...process.env }
  for (const name of ["PORT", "MEDUSA_BACKEND_URL", "ADMIN_CORS", "AUTH_CORS", "STORE_CORS"])
    delete process.env[name]
  Object.assign(process.env, env)
  try {
    let config: ConfigModule | undefined
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      config = require("../../medusa-config")
    })
    return config as ConfigModule
  } finally {
    process.env = saved
  }
}

describe("the dev store's medusa-config.ts", () => {
  it("serves an admin that talks to the port it listens on (PORT=19000)", () => {
    const config = loadConfig({ PORT: "19000" })
    expect(config.admin.backendUrl).toBe("http://localhost:19000")
    expect(config.projectConfig.http.adminCors.split(",")).toContain("http://localhost:19000")
    expect(config.projectConfig.http.authCors.split(",")).toContain("http://localhost:19000")
  })

  it("defaults to port 9000 and lets the env vars win", () => {
    expect(loadConfig({}).admin.backendUrl).toBe("http://localhost:9000")
    const config = loadConfig({
      PORT: "19000",
      MEDUSA_BACKEND_URL: "https://shop.example",
      ADMIN_CORS: "https://a.example",
    })
    expect(config.admin.backendUrl).toBe("https://shop.example")
    expect(config.projectConfig.http.adminCors).toBe("https://a.example")
  })
})
