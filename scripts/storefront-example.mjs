#!/usr/bin/env node
// The example storefront (examples/storefront): `install` packs the plugin
// (`npm pack` of a fresh build, as a store developer would get it from npm) and
// installs it with Next.js and the JS SDK into the example's own node_modules,
// then checks that no Medusa server package came along; `build` runs
// `next build` (type checks on). Nothing of it touches the root install.
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
export const EXAMPLE_DIR = path.join(root, "examples", "storefront")
const PACK_DIR = path.join(root, ".data", "storefront-example")
const TARBALL = path.join(PACK_DIR, "medusa-plugin-gifting.tgz")
/** Server packages a storefront must never get with the kit. */
const SERVER_PACKAGES = ["@medusajs/medusa", "@medusajs/framework", "@medusajs/cli"]

function run(command, args, cwd = root) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "inherit", env: process.env })
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))
    )
  })
}

async function pack() {
  if (!process.argv.includes("--no-build")) await run("npm", ["run", "build"])
  rmSync(PACK_DIR, { recursive: true, force: true })
  mkdirSync(PACK_DIR, { recursive: true })
  await run("npm", ["pack", "--silent", "--pack-destination", PACK_DIR])
  const [packed] = readdirSync(PACK_DIR).filter((name) => name.endsWith(".tgz"))
  renameSync(path.join(PACK_DIR, packed), TARBALL)
}

async function install() {
  await pack()
  // A fresh copy of the tarball each time: npm would keep the old one.
  rmSync(path.join(EXAMPLE_DIR, "node_modules", "medusa-plugin-gifting"), { recursive: true, force: true })
  await run("npm", ["install", "--prefix", EXAMPLE_DIR, "--no-audit", "--no-fund"])
  const found = SERVER_PACKAGES.filter((name) => existsSync(path.join(EXAMPLE_DIR, "node_modules", name)))
  if (found.length) throw new Error(`the storefront install brought in server packages: ${found.join(", ")}`)
  console.log(`[storefront-example] installed; none of ${SERVER_PACKAGES.join(", ")} came along`)
}

export async function buildExample() {
  await run(path.join(EXAMPLE_DIR, "node_modules", ".bin", "next"), ["build"], EXAMPLE_DIR)
}

const command = process.argv[2]
if (command === "install") await install()
else if (command === "build") await buildExample()
else if (command) throw new Error(`unknown command ${command}: install | build`)
