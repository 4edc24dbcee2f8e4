import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { writeResponse, type SandboxResponse } from "./http"

type HttpServerOptions = {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number
  /** Interface to bind; default `127.0.0.1`. */
  host?: string
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>
  /** Answer when `handle` throws. */
  internalError: SandboxResponse
  /** Runs on close, after the server stops accepting and before open sockets are destroyed. */
  onClose?(): void | Promise<void>
}

export type RunningHttpServer = {
  /** Base URL, e.g. `http://127.0.0.1:54321` (no trailing slash). */
  url: string
  /**
   * Leaves a request without an answer (a "hang" fault): its socket is
   * destroyed after `ms`, or when the server closes.
   */
  hold(res: ServerResponse, ms?: number): void
  /** Stops listening and destroys every open socket, held ones included. Idempotent. */
  close(): Promise<void>
}

/** The host part of a URL that reaches `host` from this machine. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "") {
    return "127.0.0.1"
  }
  if (host === "::") {
    return "[::1]"
  }
  return host.includes(":") ? `[${host}]` : host
}

/** Starts a sandbox's HTTP server on Node's `http` module. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const sockets = new Set<Socket>()
  const held = new Map<ServerResponse, NodeJS.Timeout | undefined>()
  const server = createServer((req, res) => {
    options.handle(req, res).catch(() => writeResponse(res, options.internalError))
  })
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.once("close", () => sockets.delete(socket))
  })

  const host = options.host ?? "127.0.0.1"
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  const release = (res: ServerResponse): void => {
    clearTimeout(held.get(res))
    held.delete(res)
  }
  let closing: Promise<void> | undefined
  return {
    url: `http://${urlHost(host)}:${port}`,
    hold(res, ms) {
      const timer = ms === undefined ? undefined : setTimeout(() => res.destroy(), ms)
      held.set(res, timer)
      res.once("close", () => release(res))
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
        await options.onClose?.()
        for (const res of [...held.keys()]) {
          release(res)
          res.destroy()
        }
        for (const socket of sockets) {
          socket.destroy()
        }
        await stopped
      })()
      return closing
    },
  }
}
