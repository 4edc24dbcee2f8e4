import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { partnerErrorResponse } from "./partner-error-response"

/**
 * The store's error handler with the plugin's one rule added: a failed
 * partner call answers as {@link partnerErrorResponse} says; every other
 * error goes to Medusa's own handler unchanged. Routes just throw.
 *
 * A store that registers its own `errorHandler` replaces this one; it can
 * call `partnerErrorResponse` first to keep the plugin's answers.
 */
export function giftingErrorHandler(
  fallback: MedusaErrorHandlerFunction = errorHandler()
): MedusaErrorHandlerFunction {
  return function handleGiftingError(
    error: unknown,
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const answer = partnerErrorResponse(error)
    if (!answer) return fallback(error, req, res, next)
    req.scope
      ?.resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`gifting: ${req.method} ${req.path} answered ${answer.status}: ${answer.body.message}`)
    res.status(answer.status).json(answer.body)
  }
}
