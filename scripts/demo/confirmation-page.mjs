// The demo storefront's order confirmation page: a small HTTP server that
// serves `/order/confirmed/<order id>`, a page whose script (an esbuild bundle
// of ./confirmation-page/app.tsx: React 18, Medusa's JS SDK and the plugin's
// `GiftShareCard`) reads the gift from the store's
// `GET /store/gifting/orders/:id`, from the browser. The store must list the
// page's origin in STORE_CORS.
//
// Start it before the store (its origin goes into STORE_CORS), then
// `connect()` it to the store once the publishable key is known. Also runs on
// its own (the browser tests do):
//
//   node scripts/demo/confirmation-page.mjs --port 8000 --backend-url http://localhost:9000 --publishable-key pk_…
//
// which prints one JSON line, {"origin":"http://localhost:8000"}, when ready.
import { createServer } from "node:http"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { parseArgs } from "node:util"
import { build } from "esbuild"

const here = path.dirname(fileURLToPath(import.meta.url))
const ENTRY = path.join(here, "confirmation-page", "app.tsx")
const SCRIPT_PATH = "/assets/confirmation-page.js"
const ORDER_PATH = /^\/order\/confirmed\/([A-Za-z0-9_-]{1,100})\/?$/

/** Bundles the page's script for browsers (minified, React in production mode). */
export async function bundleConfirmationPage() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    minify: true,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  })
  return result.outputFiles[0].text
}

const escapeHtml = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]
  )

/** JSON safe inside a <script> element. */
const scriptJson = (value) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")

function pageHtml(config) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Order confirmed · ${escapeHtml(config.storeName)}</title>
<style>
  :root { color-scheme: light; --gifting-accent: #0f766e; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #18181b; background: #fafaf9; }
  .page { max-width: 720px; margin: 0 auto; padding: 40px 24px 64px; }
  .store { margin: 0 0 24px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: #0f766e; }
  h1 { margin: 0 0 8px; font-size: 28px; line-height: 1.2; }
  .summary { margin: 0 0 28px; min-height: 3em; color: #52525b; }
  .gifting-share-card { background: #ffffff; }
</style>
</head>
<body>
<div id="root"><main class="page"><p>Loading your order…</p></main></div>
<script type="application/json" id="page-config">${scriptJson(config)}</script>
<script src="${SCRIPT_PATH}" defer></script>
</body>
</html>
`
}

function send(response, status, type, body) {
  response.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  })
  response.end(body)
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off("listening", onListening)
      reject(error)
    }
    const onListening = () => {
      server.off("error", onError)
      resolve(server.address().port)
    }
    server.once("error", onError)
    server.once("listening", onListening)
    server.listen(port)
  })
}

/**
 * Starts the page server on `port` (default 8000; another free port when that
 * one is taken, unless `strictPort`; 0 for any free port). The script is
 * bundled once, at start.
 *
 * @returns {Promise<{ origin: string, orderUrl: (orderId: string) => string,
 *   connect: (store: { backendUrl: string, publishableKey: string, storeName?: string }) => void,
 *   close: () => Promise<void> }>}
 */
export async function startConfirmationPage({ port = 8000, strictPort = false, store } = {}) {
  const script = await bundleConfirmationPage()
  let connected = store ?? null

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost")
    if (request.method !== "GET" && request.method !== "HEAD") {
      return send(response, 405, "text/plain; charset=utf-8", "Method not allowed")
    }
    if (pathname === SCRIPT_PATH) {
      return send(response, 200, "text/javascript; charset=utf-8", script)
    }
    const match = ORDER_PATH.exec(pathname)
    if (match) {
      if (!connected) return send(response, 503, "text/plain; charset=utf-8", "The store is starting…")
      return send(
        response,
        200,
        "text/html; charset=utf-8",
        pageHtml({
          backendUrl: connected.backendUrl,
          publishableKey: connected.publishableKey,
          storeName: connected.storeName ?? "Gifting demo store",
          orderId: match[1],
        })
      )
    }
    return send(response, 404, "text/plain; charset=utf-8", "Not found: open /order/confirmed/<order id>")
  })

  let actualPort
  try {
    actualPort = await listen(server, port)
  } catch (error) {
    if (error.code !== "EADDRINUSE" || strictPort || port === 0) throw error
    actualPort = await listen(server, 0)
  }
  const origin = `http://localhost:${actualPort}`
  return {
    origin,
    orderUrl: (orderId) => `${origin}/order/confirmed/${encodeURIComponent(orderId)}`,
    connect: (target) => {
      connected = target
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
      }),
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8000" },
      "strict-port": { type: "boolean", default: false },
      "backend-url": { type: "string" },
      "publishable-key": { type: "string" },
      "store-name": { type: "string" },
    },
  })
  if (!values["backend-url"] || !values["publishable-key"]) {
    console.error("usage: confirmation-page.mjs [--port 8000] --backend-url URL --publishable-key KEY")
    process.exit(2)
  }
  const page = await startConfirmationPage({
    port: Number(values.port),
    strictPort: values["strict-port"],
    store: {
      backendUrl: values["backend-url"],
      publishableKey: values["publishable-key"],
      storeName: values["store-name"],
    },
  })
  process.stdout.write(`${JSON.stringify({ origin: page.origin })}\n`)
  const stop = () => page.close().then(() => process.exit(0))
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
