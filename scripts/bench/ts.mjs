// TypeScript helpers shared with the reliability suite, loaded through ts-node
// (as packages/sandbox/bin/gifting-sandbox.js loads the sandboxes) so they exist once.
import { createRequire } from "node:module"
import path from "node:path"
import { root } from "../database.mjs"

const require = createRequire(import.meta.url)
require("ts-node").register({ transpileOnly: true, swc: true, project: path.join(root, "tsconfig.json") })

/** @type {typeof import("./fault-proxy")} */
const faultProxy = require("./fault-proxy.ts")

export const { startFaultProxy, randomFaults, seededRandom, isGiftyzetCreate, PASS } = faultProxy
