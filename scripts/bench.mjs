#!/usr/bin/env node
// `npm run bench`: boots the dev store (`medusa start`, admin off) on a fresh
// database with both partner sandboxes (latency --latency-ms, default 30 ms)
// behind a fault-injecting proxy, runs the scenarios of issue 7 and writes
// bench/results.json and docs/benchmarks.md. `--quick` is CI's smoke run of
// every scenario. See `--help`.
import { createWriteStream, mkdtempSync } from "node:fs"
import os, { tmpdir } from "node:os"
import path from "node:path"
import { root } from "./database.mjs"
import { freePort } from "./embedded-postgres.mjs"
import { BENCH_USAGE, parseBenchArgs } from "./bench/args.mjs"
import { prepareBenchDatabase } from "./bench/database.mjs"
import { writeReport } from "./bench/report.mjs"
import {
  BENCH_GIFTYZET_KEY,
  BENCH_UGIFTME_KEY,
  BENCH_WEBHOOK_SECRET,
  startSandboxes,
} from "./bench/sandboxes.mjs"
import { runCheckoutOverhead } from "./bench/scenarios/checkout-overhead.mjs"
import { runExactlyOnce } from "./bench/scenarios/exactly-once.mjs"
import { runPolling } from "./bench/scenarios/polling.mjs"
import { runShareRoute } from "./bench/scenarios/share-route.mjs"
import { runSaturation } from "./bench/scenarios/saturation.mjs"
import { runVouchers } from "./bench/scenarios/vouchers.mjs"
import { runWebhookAck } from "./bench/scenarios/webhook-ack.mjs"
import { migrateAndSeed, startStore } from "./bench/store.mjs"
import { client } from "./demo/http.mjs"
import { startFaultProxy } from "./bench/ts.mjs"

let options
try {
  options = parseBenchArgs(process.argv.slice(2))
} catch (error) {
  console.error(`bench: ${error.message}\n\n${BENCH_USAGE}`)
  process.exit(2)
}
if (options.help) {
  process.stdout.write(BENCH_USAGE)
  process.exit(0)
}

const started = Date.now()
/** The machine's load when the run began (other work on it shares the two cores). */
const loadAtStart = os.loadavg()
const logDir = mkdtempSync(path.join(tmpdir(), "gifting-bench-"))
function progress(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4)
  console.log(`\x1b[36m[bench ${seconds}s]\x1b[0m ${message}`)
}

const cleanups = []
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => {})
}
process.on("SIGINT", () => cleanup().then(() => process.exit(130)))

const results = {}
let exitCode = 0
try {
  progress(`logs go to ${logDir}`)
  const database = await prepareBenchDatabase("gifting_bench", { keep: options.keepDb })
  cleanups.push(() => database.stop())
  const sandboxes = await startSandboxes({
    root,
    logFile: createWriteStream(path.join(logDir, "sandboxes.log")),
  })
  cleanups.push(async () => sandboxes.stop())
  const proxy = await startFaultProxy(sandboxes.giftyzetUrl)
  cleanups.push(() => proxy.close())
  await sandboxes.setLatency(options.latencyMs)
  progress(
    `sandboxes up (Giftyzet ${sandboxes.giftyzetUrl} behind ${proxy.url}, UGiftMe ${sandboxes.ugiftmeUrl}), partner latency ${options.latencyMs} ms`
  )

  const env = {
    ...process.env,
    ...database.env,
    ...(options.profile ? { BENCH_PROFILE_DIR: logDir } : {}),
    NODE_ENV: "production",
    MEDUSA_ADMIN_DISABLED: "true",
    GIFTYZET_BASE_URL: proxy.url,
    GIFTYZET_API_KEY: BENCH_GIFTYZET_KEY,
    UGIFTME_BASE_URL: sandboxes.ugiftmeUrl,
    UGIFTME_API_KEY: BENCH_UGIFTME_KEY,
    UGIFTME_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
    UGIFTME_PURCHASE_ON: "placement",
  }
  progress("migrating and seeding a fresh database…")
  const seed = await migrateAndSeed(root, logDir, env)
  const context = { root, logDir, env, seed, database, sandboxes, proxy, options, progress }

  if (options.only.has("polling")) {
    progress(`scenario 3: polling ${options.pollOrders} gift orders (in a medusa exec process)…`)
    results.polling = await runPolling(context)
  }

  progress("starting the store (medusa start)…")
  const store = await startStore(root, logDir, env, { port: await freePort() })
  cleanups.push(() => store.stop())
  context.store = client(store.baseUrl, { "x-publishable-api-key": seed.publishable_api_key })
  context.baseUrl = store.baseUrl
  context.storePid = store.pid
  const { token } = await client(store.baseUrl).post("/auth/user/emailpass", {
    email: seed.admin.email,
    password: seed.admin.password,
  })
  context.admin = client(store.baseUrl, { authorization: `Bearer ${token}` })

  if (options.only.has("checkout")) {
    progress(`scenario 1: checkout overhead, ${options.pairs} interleaved gift/manual pairs…`)
    results.checkout = await runCheckoutOverhead({
      ...context,
      pairs: options.pairs,
      warmup: options.quick ? 1 : 5,
    })
  }
  if (options.only.has("share-route")) {
    progress(`scenario 4: share route vs GET /store/orders/:id, ${options.shareRequests} requests each…`)
    results.shareRoute = await runShareRoute({
      ...context,
      giftOrderIds: results.checkout?.orderIds?.gift ?? [],
    })
  }
  if (options.only.has("saturation")) {
    progress(
      `scenario 6: saturation, ${options.shoppers} shoppers for ${options.saturationSeconds} s (gift and manual windows), link latency idle and under the burst…`
    )
    results.saturation = await runSaturation(context)
  }
  if (options.only.has("exactly-once")) {
    progress(`scenario 2: exactly-once, a burst of ${options.orders} gift orders with 429s and 500s…`)
    results.exactlyOnce = await runExactlyOnce(context)
  }
  if (options.only.has("vouchers")) {
    progress(`scenario 5: vouchers, ${options.vouchers} voucher orders with faults…`)
    results.vouchers = await runVouchers(context)
  }
  if (options.only.has("webhook-ack")) {
    progress("scenario 7: webhook acknowledgement vs the share route, at 10 and 50 deliveries/s…")
    results.webhookAck = await runWebhookAck({ ...context, webhookSecret: BENCH_WEBHOOK_SECRET })
  }
  await store.stop()

  const report = await writeReport({
    root,
    results,
    options,
    startedAt: started,
    loadAtStart,
    database,
    outDir: options.quick ? logDir : undefined,
  })
  progress(`wrote ${report.files.join(", ")}`)
  console.log(JSON.stringify(report.headline, null, 2))
  if (options.quick && report.countsMissed.length) {
    exitCode = 1
    console.error(`\x1b[31m[bench] count targets missed: ${report.countsMissed.join(", ")}\x1b[0m`)
  }
} catch (error) {
  exitCode = 1
  console.error(`\x1b[31m[bench] ${error.stack ?? error.message}\x1b[0m`)
  console.error(`logs: ${logDir}`)
} finally {
  await cleanup()
}
process.exit(exitCode)
