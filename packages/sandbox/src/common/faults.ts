/**
 * The armed faults of a sandbox and which request each one hits. Each partner
 * decides its fault kinds, how they are armed and what a hit answers; this
 * registry only keeps them in order, matches requests and counts them down.
 */

/** Which requests a fault applies to; an absent part matches any request. */
type RequestScope = {
  /** HTTP method, any case. */
  method?: string | null
  /** Start of the request path. */
  pathPrefix?: string | null
}

export function inScope(scope: RequestScope, method: string, path: string): boolean {
  if (scope.method && scope.method.toUpperCase() !== method.toUpperCase()) return false
  if (scope.pathPrefix && !path.startsWith(scope.pathPrefix)) return false
  return true
}

/** What the registry keeps of a fault: requests still to affect (`null` = until cleared) and requests affected. */
export type CountedFault = { remaining: number | null; hits: number }

export class FaultRegistry<T extends CountedFault> {
  private armed: T[] = []

  /** `scopeOf` tells which requests a fault applies to. */
  constructor(private readonly scopeOf: (fault: T) => RequestScope) {}

  /** Arms a fault after the ones already armed; a fault with nothing left to affect is ignored. */
  add(fault: T): T {
    if (fault.remaining === null || fault.remaining > 0) this.armed.push(fault)
    return fault
  }

  /** The first armed fault (of those `accept` takes) that applies to the request, counted down once. */
  take(method: string, path: string, accept: (fault: T) => boolean = () => true): T | undefined {
    const fault = this.armed.find((f) => accept(f) && inScope(this.scopeOf(f), method, path))
    if (fault) this.consume(fault)
    return fault
  }

  /** Every armed fault (of those `accept` takes) that applies to the request, each counted down once. */
  takeAll(method: string, path: string, accept: (fault: T) => boolean = () => true): T[] {
    const faults = this.armed.filter((f) => accept(f) && inScope(this.scopeOf(f), method, path))
    for (const fault of faults) this.consume(fault)
    return faults
  }

  /** Copies of the armed faults, in arming order. */
  list(): T[] {
    return this.armed.map((fault) => ({ ...fault }))
  }

  clear(): void {
    this.armed = []
  }

  private consume(fault: T): void {
    fault.hits += 1
    if (fault.remaining === null) return
    fault.remaining -= 1
    if (fault.remaining <= 0) this.armed = this.armed.filter((other) => other !== fault)
  }
}
