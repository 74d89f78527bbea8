/** Channel names of the 'document' area (method name → channel). Dependency-free: bundled into the preload. */
export const DOCUMENT_CHANNELS = {} as const
