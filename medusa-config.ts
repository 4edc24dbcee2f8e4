import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * `GIFTING_DEV_NOTIFICATIONS=local`: Medusa's local notification provider
 * takes the `email` and `sms` channels too (besides the admin's `feed`), so the
 * recipient-link notifications (`GIFTING_NOTIFY_RECIPIENT=true`) are recorded
 * by the Notification Module and written to the log instead of being sent.
 */
const devNotificationModules =
  process.env.GIFTING_DEV_NOTIFICATIONS === "local"
    ? [
        {
          resolve: "@medusajs/medusa/notification",
          options: {
            providers: [
              {
                resolve: "@medusajs/medusa/notification-local",
                id: "local",
                options: { name: "Local Notification Provider", channels: ["feed", "email", "sms"] },
              },
            ],
          },
        },
      ]
    : []

/**
 * `REDIS_URL` set: the store can run as several processes sharing one
 * database. Events go through Redis (every process may handle them), workflow
 * state and scheduled jobs through Redis (each job tick runs in one process),
 * and locks live in Redis, so the plugin's per-order and per-job locks hold
 * across processes. Unset: Medusa's in-memory defaults, for one process only.
 * See docs/operations.md, "Running on more than one instance".
 */
const redisUrl = process.env.REDIS_URL
const scaleOutModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * `PORT` (Medusa's listen port, default 9000): the admin's backend URL and the
 * admin/auth CORS defaults follow it, so `PORT=19000 npm run dev` serves an
 * admin that can log in. ADMIN_CORS, AUTH_CORS, STORE_CORS and
 * MEDUSA_BACKEND_URL still win when set.
 */
const localBackend = `http://localhost:${process.env.PORT || 9000}`

/**
 * The repository's own dev store: a Medusa 2.21 app that loads this plugin's
 * module (and later its providers) straight from `src/`, so `npm run dev`
 * serves the store, the admin with the plugin's extensions and the plugin's
 * routes without a build. Partner settings come from env vars (see README).
 * A merchant's store registers the built package instead; see README.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    // "server" (HTTP only), "worker" (events and scheduled jobs only) or "shared" (both, the default).
    workerMode: process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined,
    http: {
      storeCors: process.env.STORE_CORS || `http://localhost:8000,${localBackend}`,
      adminCors: process.env.ADMIN_CORS || `${localBackend},http://localhost:5173`,
      authCors: process.env.AUTH_CORS || `${localBackend},http://localhost:5173`,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || localBackend,
  },
  modules: [
    {
      resolve: "./src/modules/gifting",
      options: {},
    },
    {
      // Listing providers replaces Medusa's default list: the manual one is kept.
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/providers/giftyzet", id: "giftyzet", options: {} },
          { resolve: "./src/providers/ugiftme", id: "ugiftme", options: {} },
        ],
      },
    },
    ...devNotificationModules,
    ...scaleOutModules,
  ],
})
