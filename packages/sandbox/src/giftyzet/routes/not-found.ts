import { type SandboxResponse } from "../../common/http"
import { html } from "../http-response"
import { renderPage } from "../recipient-page"

/**
 * What an older deployment answers for a route it does not have: the web
 * framework's HTML 404 page, not the plugin API's JSON error.
 */
export function olderDeploymentNotFound(): SandboxResponse {
  return html(404, renderPage("Page not found", `<h1>404</h1><p>This page could not be found.</p>`))
}
