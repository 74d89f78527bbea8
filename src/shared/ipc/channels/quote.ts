/** Channel names of the 'quote' area (method name → channel). Dependency-free: bundled into the preload. */
export const QUOTE_CHANNELS = {} as const
