import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Logs one line and emits the `…parked` event of a row the jobs gave up on. */
export async function announceParked(
  container: MedusaContainer,
  eventName: string,
  data: { id: string; order_id: string; reason: string }
): Promise<void> {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`gifting: ${data.id} of order ${data.order_id} parked for staff: ${data.reason}`)
  await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({ name: eventName, data })
}
