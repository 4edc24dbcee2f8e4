import { hasNewerApi } from "../generation"
import { authenticate } from "../auth"
import type { RequestContext } from "../context"
import { json, type SandboxResponse } from "../../common/http"
import { MESSAGES } from "../messages"
import { olderDeploymentNotFound } from "./not-found"

/** `GET /api/plugin/v1/validate` (newer generation only). */
export function validateKey(ctx: RequestContext): SandboxResponse {
  if (!hasNewerApi(ctx.state.config)) {
    return olderDeploymentNotFound()
  }
  const auth = authenticate(ctx)
  if ("response" in auth) {
    return auth.response
  }
  return json(200, { valid: true, integration_name: auth.integration.name, message: MESSAGES.keyValid })
}
