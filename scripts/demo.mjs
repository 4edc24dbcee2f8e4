#!/usr/bin/env node
// `npm run demo`: the whole gift journey in one command.
//
// Starts PostgreSQL (embedded unless DATABASE_URL/DB_HOST is set), both partner
// sandboxes, and the dev store with the plugin configured against them;
// migrates and seeds; serves the example Next.js storefront (examples/storefront);
// then walks the journeys through the Store API as a storefront would (a gift
// order, its recipient-link notification, one reminder a day later, its
// confirmation, a voucher order), printing
// each step. Keeps running until Ctrl-C; with --once it exits after the
// journeys, 0 only if every step succeeded.
import { spawn } from "node:child_process"
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { prepareDatabase, root } from "./database.mjs"
import { DEMO_CLAIM_WINDOW_ENV, DEMO_REMINDER_DAY, remindOnce } from "./demo/claim-window.mjs"
import { DEMO_RECIPIENT, runGiftJourney } from "./demo/gift-journey.mjs"
import { client, waitFor } from "./demo/http.mjs"
import { findRecipientNotification } from "./demo/notifications.mjs"
import { DEMO_GIFTYZET_KEY, DEMO_UGIFTME_KEY, startDemoSandboxes } from "./demo/sandboxes.mjs"
import { prepareExampleStorefront } from "./demo/example-storefront.mjs"
import { runVoucherJourney } from "./demo/voucher-journey.mjs"

const once = process.argv.includes("--once")
const port = Number(process.env.PORT || 9000)
const pagePort = Number(process.env.DEMO_PAGE_PORT || 8000)
const baseUrl = `http://localhost:${port}`
const adminEmail = process.env.SEED_ADMIN_EMAIL || "admin@example.com"
const adminPassword = process.env.SEED_ADMIN_PASSWORD || "supersecret"
// Logs live outside the project folder: `medusa develop` restarts on changes in it.
const logDir = mkdtempSync(path.join(tmpdir(), "gifting-demo-"))
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

let step = 0
function say(message) {
  console.log(`\x1b[36m[demo ${String(++step).padStart(2, "0")}]\x1b[0m ${message}`)
}

function log(name) {
  return createWriteStream(path.join(logDir, `${name}.log`))
}

function runLogged(name, args, env) {
  const out = log(name)
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.pipe(out)
    child.stderr.pipe(out)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} failed (exit ${code}); see ${out.path}`))
    )
  })
}

function stopGroup(child) {
  if (!child || child.exitCode !== null) return Promise.resolve()
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 10_000)
    child.on("exit", () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

const database = await prepareDatabase("dev")
let store
let sandboxes
let storefront
let exitCode = 0
const shutdown = async () => {
  await stopGroup(store)
  await stopGroup(storefront?.server)
  sandboxes?.stop()
  await database.stop()
}
process.on("SIGINT", () => shutdown().then(() => process.exit(exitCode)))
process.on("SIGTERM", () => shutdown().then(() => process.exit(exitCode)))

try {
  say(`logs go to ${logDir}`)
  const stateDir = path.join(root, ".data", "sandbox")
  mkdirSync(stateDir, { recursive: true })
  sandboxes = await startDemoSandboxes({ root, stateDir, logFile: log("sandboxes") })
  say(`partner sandboxes: Giftyzet on ${sandboxes.giftyzet.url}, UGiftMe on ${sandboxes.ugiftme.api_base}`)

  say("storefront: building the example Next.js storefront (examples/storefront, next build)…")
  storefront = await prepareExampleStorefront({
    root,
    port: pagePort,
    logFile: path.join(logDir, "storefront.log"),
  })

  const env = {
    ...database.env,
    PORT: String(port),
    // The recipient link goes out by email too; the local provider records it instead of sending it.
    GIFTING_NOTIFY_RECIPIENT: "true",
    GIFTING_DEV_NOTIFICATIONS: "local",
    // A short claim window with one reminder, which the demo brings forward (see demo/claim-window.mjs).
    ...DEMO_CLAIM_WINDOW_ENV,
    SEED_OUTPUT: path.join(logDir, "seed.json"),
    GIFTYZET_BASE_URL: sandboxes.giftyzet.url,
    GIFTYZET_API_KEY: DEMO_GIFTYZET_KEY,
    UGIFTME_BASE_URL: sandboxes.ugiftme.url,
    UGIFTME_API_KEY: DEMO_UGIFTME_KEY,
    UGIFTME_PURCHASE_ON: "placement",
  }
  say("migrating the database (medusa db:migrate)…")
  await runLogged("migrate", ["db:migrate"], env)
  say("seeding: regions, channel, publishable key, stock location, products, shipping options, admin…")
  await runLogged("seed", ["exec", "./src/scripts/seed.ts"], env)
  const seed = JSON.parse(readFileSync(env.SEED_OUTPUT, "utf8"))
  const voucherMapping = seed.voucher_product?.ugiftme
  say(
    `seed: "Send as a gift" and "Digital voucher by email" shipping options; voucher product ${seed.voucher_product?.handle} ${
      voucherMapping
        ? `mapped to UGiftMe ${voucherMapping.product_code} (${voucherMapping.currency})`
        : `NOT mapped (${seed.voucher_product?.ugiftme_skipped ?? "left out"})`
    }`
  )

  say(`starting the dev store on ${baseUrl} (medusa develop)…`)
  const storeLog = log("store")
  // Its own process group: `medusa develop` forks the server, and both must stop with us.
  store = spawn(medusaBin, ["develop"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  store.stdout.pipe(storeLog)
  store.stderr.pipe(storeLog)
  await waitFor(
    async () => {
      if (store.exitCode !== null)
        throw new Error(`the store exited (${store.exitCode}); see ${storeLog.path}`)
      return fetch(`${baseUrl}/health`)
        .then((response) => response.ok)
        .catch(() => false)
    },
    { timeoutMs: 180_000, intervalMs: 500, what: "the store to answer /health" }
  )

  await storefront.connect({ backendUrl: baseUrl, publishableKey: seed.publishable_api_key })
  say(`storefront: the example storefront is served on ${storefront.origin}`)

  const storeApi = client(baseUrl, { "x-publishable-api-key": seed.publishable_api_key })
  const { token } = await client(baseUrl).post("/auth/user/emailpass", {
    email: adminEmail,
    password: adminPassword,
  })
  const adminApi = client(baseUrl, { authorization: `Bearer ${token}` })
  const { partners } = await adminApi.get("/admin/gifting/status")
  say(
    `admin: Giftyzet ${partners.giftyzet.configured ? "configured" : "NOT configured"}, UGiftMe ${partners.ugiftme.configured ? "configured" : "NOT configured"}`
  )

  const { order, gift } = await runGiftJourney({
    store: storeApi,
    admin: adminApi,
    seed,
    say,
    onLink: async ({ order: placed, gift: created }) => {
      const pageUrl = storefront.orderUrl(placed.id)
      const page = await fetch(pageUrl)
      if (!page.ok) throw new Error(`the confirmation page answered ${page.status}`)
      if (!(await page.text()).includes(created.recipient_link))
        throw new Error(`the confirmation page ${pageUrl} does not show the recipient link`)
      say(`storefront: the confirmation page ${pageUrl} shares that link (GiftShareCard)`)
      const notification = await findRecipientNotification({
        admin: adminApi,
        gift: created,
        recipientEmail: DEMO_RECIPIENT.recipient_email,
      })
      say(
        `notification: the recipient link went to ${notification.to} by ${notification.channel} (template ${notification.template}, "${notification.data.subject}"), recorded as ${notification.id} by the local provider`
      )
      const { gift_order: pending } = await adminApi.get(`/admin/gifting/orders/${placed.id}`)
      say(
        `claim window: the recipient has until ${pending.claim.deadline} to accept; running the claim-window job as if ${DEMO_REMINDER_DAY} day had passed (medusa exec ./src/scripts/run-gift-claim-window.ts ${DEMO_REMINDER_DAY})…`
      )
      const reminders = await remindOnce({
        admin: adminApi,
        giftOrderId: pending.id,
        runClaimWindow: (days) =>
          runLogged("claim-window", ["exec", "./src/scripts/run-gift-claim-window.ts", String(days)], env),
      })
      say(
        `reminder: day ${DEMO_REMINDER_DAY} reminder recorded once per channel by the local provider (GET /admin/notifications): ${reminders
          .map((reminder) => `${reminder.to} by ${reminder.channel} (template ${reminder.template})`)
          .join("; ")}`
      )
    },
  })

  const voucher = await runVoucherJourney({ store: storeApi, admin: adminApi, seed, say })

  console.log(`
  Open:
    storefront        ${storefront.origin}
    confirmation page ${storefront.orderUrl(order.id)}
    recipient page    ${gift.recipient_link}
    admin             ${baseUrl}/app/orders/${order.id}  (${adminEmail} / ${adminPassword})
    voucher order     ${baseUrl}/app/orders/${voucher.order.id}
    gifting settings  ${baseUrl}/app/settings/gifting
    store API         ${baseUrl}/store/gifting/orders/${order.id}  (header x-publishable-api-key: ${seed.publishable_api_key})
`)
  if (once) {
    say("--once: every step succeeded")
    await shutdown()
    process.exit(0)
  }
  say("running; press Ctrl-C to stop")
} catch (error) {
  exitCode = 1
  console.error(`\x1b[31m[demo] ${error.message}\x1b[0m`)
  await shutdown()
  process.exit(1)
}
