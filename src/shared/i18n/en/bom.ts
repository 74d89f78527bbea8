// Results: the cluster's bill of materials. Keep keys in step with ../zh-CN/bom.ts.
export default {
  title: 'Bill of materials (whole cluster)',
  breakdown: 'Capital cost by category (before VAT)',
  item: 'Item',
  quantity: 'Quantity',
  lineTotal: 'Line total ({currency})',
  priceMissing: 'price needed',
  tax: 'VAT ({percent})',
  grandTotal: 'Grand total (incl. VAT) = capital cost',
  linesNeedPrice:
    '{n} line(s) have no price yet and are not in the totals (enter prices in the Costs or Quote step).',
  noPrices: 'No line has a price yet: nothing to split.'
}
