/** Request/response schemas of the 'document' channels (see ../channels/document.ts). */
export const documentContract = {} as const
