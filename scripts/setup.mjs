#!/usr/bin/env node
// Set-up that `npm run demo` and `npm test` do first, so each works on its own
// on a fresh machine (Node and npm only):
//
//   node scripts/setup.mjs demo   the project's dependencies
//   node scripts/setup.mjs test   the same, plus the services the tests use:
//                                 Chromium at /usr/bin/chromium (admin and
//                                 storefront browser tests) and a Redis on
//                                 127.0.0.1:6379 (the scale-out test)
//
// Only Node's own modules here: it runs before node_modules exists. What is
// already there is left alone, so on a set-up machine it costs a few
// milliseconds. A system package is installed with apt-get only when running
// as root on Debian; otherwise the message says what to install.
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { connect } from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const purpose = process.argv[2]
if (purpose !== "demo" && purpose !== "test") {
  console.error("usage: node scripts/setup.mjs demo|test")
  process.exit(2)
}

function say(message) {
  console.log(`[setup] ${message}`)
}

function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: "inherit" }).status === 0
}

/** The package.json dependencies not installed in node_modules. */
function missingPackages() {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  return names.filter((name) => !existsSync(path.join(root, "node_modules", name, "package.json")))
}

function ensureDependencies() {
  const missing = missingPackages()
  if (missing.length === 0) return
  say(`installing the project's dependencies (${missing.length} missing, e.g. ${missing[0]})…`)
  // The lock may not list other platforms' optional binaries the registry lacks, which
  // `npm ci` refuses as "out of sync"; `npm install` then installs the locked versions.
  if (!run("npm", ["ci", "--no-audit", "--no-fund"]) && !run("npm", ["install", "--no-audit", "--no-fund"])) {
    throw new Error("npm could not install the dependencies (see above)")
  }
}

const canUseApt = () => process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")
let aptUpdated = false

function aptInstall(debianPackage, why) {
  if (!canUseApt()) {
    throw new Error(
      `${why}: install the Debian package "${debianPackage}" (apt-get install ${debianPackage})`
    )
  }
  say(`${why}: installing ${debianPackage} with apt-get…`)
  if (!aptUpdated) aptUpdated = run("apt-get", ["update"])
  if (!run("apt-get", ["install", "-y", debianPackage])) {
    throw new Error(`apt-get could not install ${debianPackage}`)
  }
}

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (existsSync(chromium)) return
  aptInstall("chromium", `the browser tests drive Chromium at ${chromium}`)
}

function answers(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = connect({ port, host })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

async function ensureRedis() {
  if (process.env.SCALE_OUT_REDIS_URL || (await answers(6379))) return
  const onPath = (name) => spawnSync("sh", ["-c", `command -v ${name}`]).status === 0
  if (!onPath("redis-server")) aptInstall("redis-server", "the scale-out test needs Redis on 127.0.0.1:6379")
  say("starting redis-server on 127.0.0.1:6379 (no persistence)…")
  run("redis-server", [
    "--daemonize",
    "yes",
    "--bind",
    "127.0.0.1",
    "--port",
    "6379",
    "--save",
    "",
    "--appendonly",
    "no",
  ])
  for (let attempt = 0; attempt < 30; attempt++) {
    if (await answers(6379)) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error("redis-server did not answer on 127.0.0.1:6379")
}

try {
  ensureDependencies()
  if (purpose === "test") {
    ensureChromium()
    await ensureRedis()
  }
} catch (error) {
  console.error(`[setup] ${error.message}`)
  process.exit(1)
}
