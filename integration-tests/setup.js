// Each test file boots its own app; MikroORM keeps entity metadata in a
// process-wide store that must not leak between them.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// The suites inject partner faults on purpose and expect the jobs to retry at
// once: no partner cool-down unless a spec asks for one (see docs/jobs.md).
process.env.GIFTING_PARTNER_COOLDOWN_MS ??= "0"
