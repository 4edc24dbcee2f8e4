import type { MiddlewareRoute } from "@medusajs/framework/http"

export const ugiftmeHookMiddlewares: MiddlewareRoute[] = [
  {
    // The signature is an HMAC of the exact bytes received: keep them.
    matcher: "/hooks/gifting/ugiftme",
    methods: ["POST"],
    bodyParser: { preserveRawBody: true },
  },
]
