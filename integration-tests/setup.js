// Each test file boots its own app; MikroORM keeps entity metadata in a
// process-wide store that must not leak between them.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
