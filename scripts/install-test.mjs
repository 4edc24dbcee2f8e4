#!/usr/bin/env node
// Install test: the proof that the published package works for a merchant.
//
// 1. builds the plugin and packs it with `npm pack`, then checks the tarball:
//    every source file a store runs has its compiled twin (Medusa's build drops
//    folders named `test`), no tests/source maps/seed/dev config are shipped,
//    and the tarball fits its size budget (scripts/package-contents.mjs);
//    packs the sandbox workspace (packages/sandbox) too and checks its
//    tarball (bin, compiled code and types, no sources or tests);
//    `--pack-only` stops here;
// 2. creates a throw-away Medusa store (2.21.2, or --medusa-version) in a temp folder, installs the
//    tarball there (and the sandbox's as a dev dependency), and registers it
//    as the README tells merchants to
//    (`plugins` entry + the plugin's fulfillment providers under `modules`);
//    and resolves the storefront entries and type declarations as a
//    storefront's tooling does (scripts/install-test/storefront-resolution.mjs);
// 3. runs `medusa db:migrate` on a fresh database and checks the plugin's table;
// 4. starts both partner sandboxes from the installed sandbox package's bin
//    (`node_modules/.bin/gifting-sandbox`), boots the store against them and
//    calls GET /admin/gifting/status with admin auth (200, no key material)
//    and without (401);
// 5. on that same boot, runs the merchant's journey through public surfaces
//    only (scripts/install-test/journey.mjs: Admin API set-up, a gift and a
//    voucher checkout with the JS SDK, the recipient's confirmation, capture,
//    the UGiftMe webhook) and opens the admin in headless Chromium
//    (scripts/install-test/admin-browser.mjs: the gift widget, Settings → Gifting);
// 6. boots it again with GIFTYZET_BASE_URL=notaurl and expects the boot to fail
//    with a message naming the option.
// Uses DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD when set, else an embedded PostgreSQL.
// `--medusa-version <x.y.z>` builds the store on that Medusa release instead of
// the one the plugin is developed on; `--medusa-version lowest` on the lowest the
// peer range allows (`npm run test:install:lowest`); `--keep` keeps the temp folder.
import { spawn } from "node:child_process"
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { DEMO_GIFTYZET_KEY, DEMO_UGIFTME_KEY, startDemoSandboxes } from "./demo/sandboxes.mjs"
import { EMBEDDED_PASSWORD, EMBEDDED_USER, freePort, startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { checkAdminDashboard } from "./install-test/admin-browser.mjs"
import { runJourney } from "./install-test/journey.mjs"
import { checkStorefrontResolution } from "./install-test/storefront-resolution.mjs"
import {
  formatBytes,
  missingTwins,
  SANDBOX_ENTRIES,
  TARBALL_BUDGET_BYTES,
  unwantedFiles,
  unwantedSandboxFiles,
} from "./package-contents.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
const sandboxDir = path.join(root, "packages", "sandbox")
const sandboxPkg = JSON.parse(readFileSync(path.join(sandboxDir, "package.json"), "utf8"))

/** The lowest Medusa release the peer range (`^x.y.z`) admits. */
function lowestSupportedMedusa() {
  const range = pkg.peerDependencies["@medusajs/medusa"]
  const floor = /^\^(\d+\.\d+\.\d+)$/.exec(range)
  if (!floor) throw new Error(`the @medusajs/medusa peer range ${range} is not of the form ^x.y.z`)
  return floor[1]
}
const versionFlag = process.argv.indexOf("--medusa-version")
const requestedVersion =
  versionFlag > 0 ? process.argv[versionFlag + 1] : pkg.devDependencies["@medusajs/medusa"]
const MEDUSA_VERSION = requestedVersion === "lowest" ? lowestSupportedMedusa() : requestedVersion
const keep = process.argv.includes("--keep")
// `--pack-only`: build, pack and check the tarball's contents, without a store.
const packOnly = process.argv.includes("--pack-only")
const work = mkdtempSync(path.join(tmpdir(), "gifting-install-"))
// The embedded PostgreSQL runs as the `postgres` user when we are root: it must reach its data folder.
chmodSync(work, 0o755)
const storeDir = path.join(work, "store")
const failures = []
let passes = 0
let tarballSummary = ""
const startedAt = Date.now()

function log(message) {
  console.log(`[install-test] ${message}`)
}

function check(condition, description) {
  if (condition) {
    passes += 1
    log(`ok   ${description}`)
  } else {
    failures.push(description)
    log(`FAIL ${description}`)
  }
}

function exec(command, args, { cwd, env = {}, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    let stdout = ""
    const collect = (chunk) => {
      output += chunk
      if (!quiet) process.stdout.write(chunk)
    }
    child.stdout.on("data", (chunk) => {
      stdout += chunk
      collect(chunk)
    })
    child.stderr.on("data", collect)
    child.on("exit", (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${output.slice(-4000)}`))
    )
  })
}

/** The fulfillment providers the built package ships, as a merchant registers them. */
function shippedProviders() {
  const dir = path.join(root, ".medusa", "server", "src", "providers")
  return existsSync(dir)
    ? readdirSync(dir).filter((name) => existsSync(path.join(dir, name, "index.js")))
    : []
}

function storeConfig(providers) {
  const providerEntries = providers
    .map((name) => `          { resolve: "${pkg.name}/providers/${name}", id: "${name}", options: {} },`)
    .join("\n")
  // A stock store's config (create-medusa-app's), with the plugin registered as the README says.
  return `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS,
      adminCors: process.env.ADMIN_CORS,
      authCors: process.env.AUTH_CORS,
      jwtSecret: process.env.JWT_SECRET || "install-test",
      cookieSecret: process.env.COOKIE_SECRET || "install-test",
    },
  },
  admin: { backendUrl: process.env.MEDUSA_BACKEND_URL },
  plugins: [
    {
      resolve: "${pkg.name}",
      options: {
        giftyzet: {
          baseUrl: process.env.GIFTYZET_BASE_URL,
          apiKey: process.env.GIFTYZET_API_KEY,
        },
        ugiftme: {
          baseUrl: process.env.UGIFTME_BASE_URL,
          apiKey: process.env.UGIFTME_API_KEY,
          webhookSecret: process.env.UGIFTME_WEBHOOK_SECRET,
        },
      },
    },
  ],
  modules: [
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
${providerEntries}
        ],
      },
    },
  ],
})
`
}

async function prepareDatabase() {
  const name = `gifting_install_${Date.now()}`
  if (process.env.DB_HOST) {
    const connection = {
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || undefined,
    }
    const client = new pg.Client({ ...connection, database: "postgres" })
    await client.connect()
    await client.query(`CREATE DATABASE "${name}"`)
    await client.end()
    const auth = connection.password
      ? `${connection.user}:${encodeURIComponent(connection.password)}`
      : connection.user
    return {
      url: `postgres://${auth}@${connection.host}:${connection.port}/${name}`,
      drop: async () => {
        const admin = new pg.Client({ ...connection, database: "postgres" })
        await admin.connect()
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await admin.end()
      },
    }
  }
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(work, "postgres"), persistent: false })
  await embedded.createDatabase(name)
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${embedded.port}/${name}`,
    drop: () => embedded.stop(),
  }
}

async function waitForHealth(baseUrl, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the store exited with ${child.exitCode} before it was healthy`)
    }
    try {
      const response = await fetch(`${baseUrl}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error("the store did not become healthy in time")
}

/** Stops a store started in its own process group, with everything it forked. */
function stopGroup(child, signal = "SIGTERM") {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

function startStore(env) {
  const child = spawn(path.join(storeDir, "node_modules", ".bin", "medusa"), ["start"], {
    cwd: storeDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  return { child, output: () => output }
}

/** The `@medusajs/ui` the store's dashboard is built with (one copy of it in the admin). */
async function dashboardUiVersion() {
  if (MEDUSA_VERSION === pkg.devDependencies["@medusajs/medusa"]) return pkg.devDependencies["@medusajs/ui"]
  const answer = await exec(
    "npm",
    ["view", `@medusajs/dashboard@${MEDUSA_VERSION}`, "dependencies.@medusajs/ui"],
    {
      cwd: root,
      quiet: true,
    }
  )
  return answer.trim()
}

/** Packs the sandbox workspace (its `prepare` compiles dist/) and checks what its tarball carries. */
async function packSandbox() {
  log(`packing ${sandboxPkg.name}`)
  const [packed] = JSON.parse(
    await exec("npm", ["pack", "--json", "--pack-destination", work], { cwd: sandboxDir, quiet: true })
  )
  const files = packed.files.map((file) => file.path)
  const absent = SANDBOX_ENTRIES.filter((entry) => !files.includes(entry))
  check(
    absent.length === 0,
    absent.length === 0
      ? "the sandbox tarball ships its bin, its compiled CLI and its entries with their types"
      : `the sandbox tarball lacks ${absent.join(", ")}`
  )
  const unwanted = unwantedSandboxFiles(files)
  check(
    unwanted.length === 0,
    unwanted.length === 0
      ? "the sandbox tarball ships no sources, tests, source maps or config"
      : `the sandbox tarball ships ${unwanted.length} file(s) nobody runs: ${unwanted.slice(0, 20).join(", ")}`
  )
  log(`sandbox tarball ${formatBytes(packed.size)}, ${packed.entryCount} files`)
  return path.join(work, packed.filename)
}

async function main() {
  log(`building and packing ${pkg.name}`)
  await exec("npm", ["run", "build"], { cwd: root, quiet: true })
  const packed = JSON.parse(
    await exec("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, quiet: true })
  )
  const tarball = path.join(work, packed[0].filename)
  const packedFiles = packed[0].files.map((file) => file.path)
  check(
    packedFiles.some((file) => file.startsWith(".medusa/server/src/modules/gifting/")),
    "the tarball ships the built module"
  )
  check(packedFiles.includes(".medusa/server/src/admin/index.mjs"), "the tarball ships the admin extensions")
  const missing = missingTwins(root, packedFiles)
  check(
    missing.length === 0,
    missing.length === 0
      ? "every route, middleware, subscriber, job, link, workflow, module, provider and storefront file has a compiled twin in the tarball"
      : `the tarball lacks the compiled twin of ${missing.length} source file(s) (a folder named test, unit-tests or integration-tests is dropped by medusa plugin:build): ${missing.join(", ")}`
  )
  const unwanted = unwantedFiles(packedFiles)
  check(
    unwanted.length === 0,
    unwanted.length === 0
      ? "the tarball ships no tests, source maps, seed, dev config, sources or local data"
      : `the tarball ships ${unwanted.length} file(s) no store runs: ${unwanted.slice(0, 20).join(", ")}`
  )
  const { size, unpackedSize, entryCount } = packed[0]
  tarballSummary = `tarball ${formatBytes(size)} (budget ${formatBytes(TARBALL_BUDGET_BYTES)}), ${formatBytes(unpackedSize)} unpacked, ${entryCount} files`
  check(size <= TARBALL_BUDGET_BYTES, `the ${tarballSummary} fits its budget`)
  check(
    !existsSync(path.join(root, ".medusa", "server", "packages")) &&
      !existsSync(path.join(root, ".medusa", "server", "src", "sandbox")),
    "the plugin's build compiles no sandbox file"
  )
  const sandboxTarball = await packSandbox()
  if (packOnly) return

  log(`creating a Medusa ${MEDUSA_VERSION} store in a temp folder`)
  await exec("mkdir", ["-p", storeDir])
  const storePackage = {
    name: "install-test-store",
    private: true,
    version: "0.0.0",
    scripts: {},
    dependencies: {
      "@medusajs/admin-sdk": MEDUSA_VERSION,
      "@medusajs/cli": MEDUSA_VERSION,
      "@medusajs/framework": MEDUSA_VERSION,
      "@medusajs/medusa": MEDUSA_VERSION,
      "@medusajs/draft-order": MEDUSA_VERSION,
      "@medusajs/js-sdk": MEDUSA_VERSION,
      "@medusajs/icons": MEDUSA_VERSION,
      "@medusajs/ui": await dashboardUiVersion(),
      [pkg.name]: `file:${tarball}`,
    },
    devDependencies: {
      // The sandboxes, as a store developer adds them (README, "Partner sandboxes").
      [sandboxPkg.name]: `file:${sandboxTarball}`,
      "@swc/core": pkg.devDependencies["@swc/core"],
      "ts-node": pkg.devDependencies["ts-node"],
      typescript: pkg.devDependencies.typescript,
      "@types/node": pkg.devDependencies["@types/node"],
    },
    allowScripts: {
      "@swc/core": true,
      esbuild: true,
      "msgpackr-extract": true,
      protobufjs: true,
      "@medusajs/telemetry": false,
    },
  }
  writeFileSync(path.join(storeDir, "package.json"), JSON.stringify(storePackage, null, 2))
  writeFileSync(
    path.join(storeDir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2021",
        module: "Node16",
        moduleResolution: "Node16",
        esModuleInterop: true,
        skipLibCheck: true,
      },
    })
  )
  const providers = shippedProviders()
  writeFileSync(path.join(storeDir, "medusa-config.ts"), storeConfig(providers))
  log(`registered the plugin with fulfillment providers: manual${providers.map((p) => `, ${p}`).join("")}`)
  await exec("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: storeDir,
    quiet: true,
  })
  check(
    existsSync(path.join(storeDir, "node_modules", pkg.name, ".medusa", "server")),
    "npm installs the tarball into the store"
  )
  check(
    existsSync(path.join(storeDir, "node_modules", ".bin", "gifting-sandbox")),
    "npm installs the sandbox tarball as a dev dependency, with its gifting-sandbox bin"
  )
  await checkStorefrontResolution({
    storeDir,
    tsc: path.join(root, "node_modules", ".bin", "tsc"),
    check,
  })

  const database = await prepareDatabase()
  try {
    const env = { DATABASE_URL: database.url, NODE_ENV: "development", MEDUSA_DISABLE_TELEMETRY: "true" }
    const medusa = path.join(storeDir, "node_modules", ".bin", "medusa")
    await exec(medusa, ["db:migrate"], { cwd: storeDir, env, quiet: true })
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    const table = await client.query("SELECT to_regclass('public.gift_order') AS name")
    await client.end()
    check(table.rows[0].name === "gift_order", "medusa db:migrate creates the plugin's gift_order table")

    const email = "admin@example.com"
    const password = "supersecret"
    await exec(medusa, ["user", "-e", email, "-p", password], { cwd: storeDir, env, quiet: true })

    const port = await freePort()
    const baseUrl = `http://localhost:${port}`
    const sandboxLog = createWriteStream(path.join(work, "sandboxes.log"))
    const sandboxes = await startDemoSandboxes({
      root,
      bin: path.join(storeDir, "node_modules", ".bin", "gifting-sandbox"),
      stateDir: path.join(work, "sandbox-state"),
      giftyzetPort: await freePort(),
      ugiftmePort: await freePort(),
      logFile: sandboxLog,
    })
    log(
      `partner sandboxes from the sandbox package's bin: ${sandboxes.giftyzet.url}, ${sandboxes.ugiftme.url}`
    )
    const secrets = {
      GIFTYZET_API_KEY: DEMO_GIFTYZET_KEY,
      UGIFTME_API_KEY: DEMO_UGIFTME_KEY,
      UGIFTME_WEBHOOK_SECRET: "whsec_install_" + "5e".repeat(16),
    }
    const store = startStore({
      ...env,
      PORT: String(port),
      MEDUSA_BACKEND_URL: baseUrl,
      STORE_CORS: baseUrl,
      ADMIN_CORS: baseUrl,
      AUTH_CORS: baseUrl,
      ...secrets,
      GIFTYZET_BASE_URL: sandboxes.giftyzet.url,
      UGIFTME_BASE_URL: sandboxes.ugiftme.url,
    })
    try {
      await waitForHealth(baseUrl, store.child, 180_000)
      const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password }),
      })
      const { token } = await login.json()
      const authed = await fetch(`${baseUrl}/admin/gifting/status`, {
        headers: { authorization: `Bearer ${token}` },
      })
      const text = await authed.text()
      check(
        authed.status === 200,
        `GET /admin/gifting/status with admin auth answers 200 (got ${authed.status})`
      )
      const body = JSON.parse(text)
      check(
        body.partners?.giftyzet?.configured === true && body.partners?.ugiftme?.configured === true,
        "the status shows both partners configured from the env vars"
      )
      check(
        body.partners?.giftyzet?.base_url === sandboxes.giftyzet.url,
        "the status shows Giftyzet's base URL"
      )
      check(
        !Object.values(secrets).some((secret) => text.includes(secret.slice(-12))),
        "the status body contains no key material"
      )
      const anonymous = await fetch(`${baseUrl}/admin/gifting/status`)
      check(
        anonymous.status === 401,
        `GET /admin/gifting/status without auth answers 401 (got ${anonymous.status})`
      )

      const journeyStarted = Date.now()
      const { giftOrderId } = await runJourney({
        baseUrl,
        storeDir,
        token,
        webhookSecret: secrets.UGIFTME_WEBHOOK_SECRET,
        check,
        log,
      })
      log(`journey took ${Math.round((Date.now() - journeyStarted) / 1000)} s`)
      const browserStarted = Date.now()
      await checkAdminDashboard({ baseUrl, email, password, giftOrderId, check })
      log(`admin in Chromium took ${Math.round((Date.now() - browserStarted) / 1000)} s`)
    } catch (error) {
      console.error(store.output().slice(-4000))
      throw error
    } finally {
      stopGroup(store.child)
      sandboxes.stop()
    }

    const bad = startStore({ ...env, PORT: String(await freePort()), GIFTYZET_BASE_URL: "notaurl" })
    const exitCode = await Promise.race([
      new Promise((resolve) => bad.child.on("exit", (code) => resolve(code))),
      new Promise((resolve) => setTimeout(() => resolve("still running"), 90_000)),
    ])
    if (exitCode === "still running") stopGroup(bad.child, "SIGKILL")
    check(
      exitCode !== 0 && exitCode !== "still running",
      `a boot with GIFTYZET_BASE_URL=notaurl fails (exit ${exitCode})`
    )
    check(
      bad
        .output()
        .includes('option "giftyzet.baseUrl" (env GIFTYZET_BASE_URL) must be an absolute https URL'),
      "the failed boot names the option and its env var"
    )
  } finally {
    await database.drop()
  }
}

main()
  .catch((error) => {
    failures.push(error.message)
    console.error(error)
  })
  .finally(() => {
    // The result first: removing the store's node_modules can take minutes on a busy disk.
    console.log(
      `install-test (Medusa ${MEDUSA_VERSION}): ${passes} passed, ${failures.length} failed in ${Math.round((Date.now() - startedAt) / 1000)} s${tarballSummary ? `; ${tarballSummary}` : ""}`
    )
    if (!keep) rmSync(work, { recursive: true, force: true })
    else log(`kept ${work}`)
    process.exit(failures.length ? 1 : 0)
  })
