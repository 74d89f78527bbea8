/** Request/response schemas of the 'quote' channels (see ../channels/quote.ts). */
export const quoteContract = {} as const
