/** Every react-query key the gifting admin extensions use, in one place. */
export const giftingQueryKeys = {
  all: ["gifting"] as const,
  status: () => [...giftingQueryKeys.all, "status"] as const,
}
