/**
 * What `POST /hooks/gifting/ugiftme` answers UGiftMe: the delivery was taken
 * (`handled`, or `processing` when it is applied after the answer), or why it
 * was refused (401 signature, 400 header mismatch, 500 deliver again).
 */
export type UgiftmeWebhookAnswer =
  | { received: true; handled: false }
  | { received: true; event: string; handled: boolean }
  | { received: true; event: string; processing: true }
  | { type: string; message: string }
