// Quote workbook: procurement blocks (quote number, parties, terms, VAT columns, amount in
// words). Keep keys in step with ../zh-CN/procurement.ts (typecheck enforces the shape).
export default {
  quoteNumber: 'Quote No.',
  date: 'Date',
  validity: 'Valid until',
  validityValue: '{days} days (until {until})',
  buyer: 'Customer',
  supplier: 'Supplier',
  party: {
    company: 'Company',
    contact: 'Contact',
    phone: 'Phone',
    address: 'Address',
    taxId: 'Tax ID',
    bank: 'Bank',
    account: 'Account No.'
  },
  columns: {
    vatRate: 'VAT rate',
    unitPriceWithVat: 'Unit price incl. VAT ({currency})',
    totalWithVat: 'Total incl. VAT ({currency})'
  },
  units: { device: 'unit', piece: 'pcs', cable: 'pcs' },
  amountInWords: 'Total in words',
  amountInWordsNote:
    'Written by Compute Planner for the grand total when the file was exported; check it if you change the sheet.',
  linesNeedPrice:
    '{n} line(s) have no unit price yet: the totals leave them out. Enter the prices and export again for the total in words.',
  taxBasis:
    'Unit prices and line totals exclude VAT; VAT is computed on the subtotal at the rate on the Assumptions sheet (Plan_taxRate).',
  terms: 'Terms',
  delivery: 'Delivery',
  payment: 'Payment terms',
  warranty: 'Warranty / support',
  remarks: 'Remarks',
  signature: 'Authorised signature and company stamp',
  notSet: '—',
  pageNumber: 'Quote {number}'
}
