// The storefront entries of the installed tarball as a storefront's tooling
// resolves them: `medusa-plugin-gifting/storefront` and `…/storefront/react`
// under Node ESM and CommonJS and in a bundler (esbuild, for the browser), and
// their type declarations (with `…/types`) under TypeScript's
// `moduleResolution` `bundler`, `node16` and `node` (Medusa's starters use
// `node`). Runs in a folder inside the install test's store, so it resolves
// the package npm installed from the tarball.
import { spawn } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { build } from "esbuild"

const VALUE_IMPORTS = `
import { addGiftShippingMethod, buildGiftShareTargets, retrieveGiftShareState } from "medusa-plugin-gifting/storefront"
import { GiftShareCard, useGiftShippingStep } from "medusa-plugin-gifting/storefront/react"
`

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("exit", (code) => resolve({ code, output }))
  })
}

const TYPE_CHECK = `${VALUE_IMPORTS}
import type { GiftShareState } from "medusa-plugin-gifting/storefront"
import type { AdminGiftOrderResponse, StoreGiftOrderResponse } from "medusa-plugin-gifting/types"

type IsAny<T> = 0 extends 1 & T ? true : false
// Each import must carry its declared type, not an \`any\` from a missing declaration.
export const typed: [
  IsAny<typeof addGiftShippingMethod>,
  IsAny<typeof buildGiftShareTargets>,
  IsAny<typeof retrieveGiftShareState>,
  IsAny<typeof GiftShareCard>,
  IsAny<typeof useGiftShippingStep>,
  IsAny<GiftShareState>,
  IsAny<AdminGiftOrderResponse["gift_order"]["status"]>,
  IsAny<StoreGiftOrderResponse["gift_order"]["recipient_link"]>,
] = [false, false, false, false, false, false, false, false]
export const status: AdminGiftOrderResponse["gift_order"]["status"] = "confirmed"
`

const RESOLUTIONS = [
  { moduleResolution: "bundler", module: "esnext" },
  { moduleResolution: "node16", module: "node16" },
  { moduleResolution: "node", module: "commonjs" },
]

/** `check(condition, description)` records each outcome; `tsc` is the TypeScript compiler's bin. */
export async function checkStorefrontResolution({ storeDir, tsc, check }) {
  const dir = path.join(storeDir, "storefront-consumer")
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }))

  const esm = `${VALUE_IMPORTS}
for (const [name, value] of Object.entries({ addGiftShippingMethod, buildGiftShareTargets, retrieveGiftShareState, GiftShareCard, useGiftShippingStep }))
  if (typeof value !== "function") throw new Error(name + " is " + typeof value)
`
  writeFileSync(path.join(dir, "esm.mjs"), esm)
  const esmRun = await run(process.execPath, ["esm.mjs"], dir)
  check(
    esmRun.code === 0,
    `Node ESM imports the storefront entries' named exports${esmRun.code ? `: ${esmRun.output.slice(-600)}` : ""}`
  )

  writeFileSync(
    path.join(dir, "cjs.cjs"),
    `const kit = require("medusa-plugin-gifting/storefront")
const react = require("medusa-plugin-gifting/storefront/react")
for (const value of [kit.addGiftShippingMethod, kit.retrieveGiftShareState, react.GiftShareCard, react.useGiftShippingStep])
  if (typeof value !== "function") throw new Error("missing export")
`
  )
  const cjsRun = await run(process.execPath, ["cjs.cjs"], dir)
  check(
    cjsRun.code === 0,
    `CommonJS requires the storefront entries${cjsRun.code ? `: ${cjsRun.output.slice(-600)}` : ""}`
  )

  writeFileSync(
    path.join(dir, "bundle-entry.js"),
    `${VALUE_IMPORTS}\nexport { addGiftShippingMethod, GiftShareCard }\n`
  )
  const bundled = await build({
    absWorkingDir: dir,
    entryPoints: ["bundle-entry.js"],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    external: ["react", "react/jsx-runtime", "react-dom"],
  }).catch((error) => ({ errors: error.errors ?? [{ text: error.message }], outputFiles: [] }))
  check(
    bundled.errors.length === 0 && bundled.outputFiles[0]?.text.includes("GiftShareCard"),
    `esbuild bundles both storefront entries for the browser${bundled.errors.length ? `: ${bundled.errors.map((e) => e.text).join("; ")}` : ""}`
  )

  writeFileSync(path.join(dir, "types-check.ts"), TYPE_CHECK)
  for (const { moduleResolution, module } of RESOLUTIONS) {
    const typed = await run(
      tsc,
      [
        "--noEmit",
        "--strict",
        "--skipLibCheck",
        "--jsx",
        "react-jsx",
        "--target",
        "es2020",
        "--module",
        module,
        "--moduleResolution",
        moduleResolution,
        "types-check.ts",
      ],
      dir
    )
    check(
      typed.code === 0,
      `the storefront and types declarations resolve with moduleResolution ${moduleResolution}${typed.code ? `: ${typed.output.slice(0, 1200)}` : ""}`
    )
  }
}
