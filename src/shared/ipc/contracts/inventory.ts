/** Request/response schemas of the 'inventory' channels (see ../channels/inventory.ts). */
export const inventoryContract = {} as const
