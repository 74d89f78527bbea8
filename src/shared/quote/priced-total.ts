/**
 * A total over lines some of which still need a price. Shown as a plain figure it lies: five
 * unpriced lines summed to "¥0.00", which reads as a free cluster. So a total says which it is:
 * no figure at all (nothing priced), a figure (everything priced), or a figure that leaves
 * lines out (and says how many).
 */
export type PricedTotal =
  | { kind: 'none'; missing: number }
  | { kind: 'complete'; amount: number }
  | { kind: 'partial'; amount: number; missing: number }

export function pricedTotal(amount: number, missing: number, lines: number): PricedTotal {
  if (missing === 0) return { kind: 'complete', amount }
  if (missing >= lines) return { kind: 'none', missing }
  return { kind: 'partial', amount, missing }
}

/** The total of `lines` (each with its own price state). */
export function pricedTotalOf(
  lines: readonly { lineTotal: number; priceMissing: boolean }[]
): PricedTotal {
  const amount = lines.reduce((sum, line) => sum + (line.priceMissing ? 0 : line.lineTotal), 0)
  return pricedTotal(amount, lines.filter((line) => line.priceMissing).length, lines.length)
}

/** The cost categories (in their order) holding a line of the quote proper without a price. */
export function categoriesNeedingPrice<C extends string>(
  lines: readonly { costCategory: C; section: string; priceMissing: boolean }[],
  order: readonly C[]
): C[] {
  const missing = new Set(
    lines
      .filter((line) => line.priceMissing && line.section !== 'optional')
      .map((l) => l.costCategory)
  )
  return order.filter((category) => missing.has(category))
}
