/** Channel names of the 'inventory' area (method name → channel). Dependency-free: bundled into the preload. */
export const INVENTORY_CHANNELS = {} as const
