// Flags of `npm run bench` (node scripts/bench.mjs).

export const BENCH_USAGE = `Usage: npm run bench -- [options]

  --orders <n>          orders in the exactly-once burst (default 200)
  --latency-ms <n>      partner latency added by both sandboxes (default 30)
  --pairs <n>           gift/manual checkout pairs (default 60)
  --poll-orders <n>     pending gift orders in the polling scenario (default 10000)
  --share-requests <n>  requests per route in the share-route scenario (default 600)
  --vouchers <n>        voucher orders in the voucher burst (default 60)
  --saturation-seconds <n>  measured seconds of the saturation burst (default 180)
  --shoppers <n>        concurrent shoppers in the saturation burst (default 16)
  --idle-gifts <n>      gift/manual pairs timed one at a time at idle (default 30)
  --webhook-seconds <n> seconds per delivery rate in the webhook scenario (default 20)
  --only <list>         comma-separated scenarios: checkout,exactly-once,polling,share-route,
                        vouchers,saturation,webhook-ack
  --quick               a smoke run of every scenario with small counts (CI): the
                        figures go to the log folder, not to bench/ and docs/;
                        exits 1 when a scenario fails or a count target is missed
  --profile             write V8 CPU profiles (node --cpu-prof) of the store and the
                        poll process into the log folder
  --keep-db             keep the bench database after the run
  -h, --help            show this help
`

const SCENARIOS = [
  "checkout",
  "exactly-once",
  "polling",
  "share-route",
  "vouchers",
  "saturation",
  "webhook-ack",
]

function positive(flag, value) {
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${flag} needs a whole number, got ${value}`)
  return parsed
}

/** Counts of `--quick`: every scenario runs, briefly; explicit flags still win. */
export const QUICK_COUNTS = {
  orders: 16,
  pairs: 4,
  pollOrders: 400,
  shareRequests: 40,
  vouchers: 4,
  saturationSeconds: 24,
  shoppers: 8,
  idleGifts: 3,
  webhookSeconds: 2,
}

export function parseBenchArgs(argv) {
  const options = {
    orders: 200,
    latencyMs: 30,
    pairs: 60,
    pollOrders: 10_000,
    shareRequests: 600,
    vouchers: 60,
    saturationSeconds: 180,
    shoppers: 16,
    idleGifts: 30,
    webhookSeconds: 20,
    only: new Set(SCENARIOS),
    keepDb: false,
    quick: false,
    profile: false,
    help: false,
  }
  const given = new Set()
  const numeric = {
    "--orders": "orders",
    "--latency-ms": "latencyMs",
    "--pairs": "pairs",
    "--poll-orders": "pollOrders",
    "--share-requests": "shareRequests",
    "--vouchers": "vouchers",
    "--saturation-seconds": "saturationSeconds",
    "--shoppers": "shoppers",
    "--idle-gifts": "idleGifts",
    "--webhook-seconds": "webhookSeconds",
  }
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    if (numeric[flag]) {
      options[numeric[flag]] = positive(flag, argv[++index])
      given.add(numeric[flag])
    } else if (flag === "--only") {
      const names = String(argv[++index] ?? "").split(",")
      const unknown = names.filter((name) => !SCENARIOS.includes(name))
      if (unknown.length) throw new Error(`unknown scenario(s): ${unknown.join(", ")}`)
      options.only = new Set(names)
    } else if (flag === "--quick") {
      options.quick = true
    } else if (flag === "--profile") {
      options.profile = true
    } else if (flag === "--keep-db") {
      options.keepDb = true
    } else if (flag === "-h" || flag === "--help") {
      options.help = true
    } else {
      throw new Error(`unknown option ${flag}`)
    }
  }
  if (options.quick) {
    for (const [name, value] of Object.entries(QUICK_COUNTS)) if (!given.has(name)) options[name] = value
  }
  return options
}
