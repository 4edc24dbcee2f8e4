import { createSlots } from "../concurrency"

/** Giftyzet reads in flight at once in one store process; Giftyzet publishes no limit, so stay polite. */
export const GIFTYZET_READS_IN_FLIGHT = 4

/**
 * The process's slots for Giftyzet status reads (the poll job's and staff's
 * "Refresh"): the poll job keeps more gifts in work than this, so a gift's
 * database work overlaps other gifts' reads and the read slots stay full.
 */
export const giftyzetReads = createSlots(GIFTYZET_READS_IN_FLIGHT)
