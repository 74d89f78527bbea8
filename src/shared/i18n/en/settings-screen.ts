// The settings screen (letterhead, buyer and supplier, quote defaults). Keep keys in step with
// ../zh-CN/settings-screen.ts (typecheck enforces the shape).
export default {
  title: 'Settings',
  menu: 'Settings…',
  lead: 'Your company, the parties and the terms printed on every quote and report. Saved on this computer, used by the next export.',
  sections: {
    letterhead: 'Letterhead',
    buyer: 'Customer (buyer)',
    supplier: 'Supplier (your company)',
    quote: 'Quote defaults'
  },
  fields: {
    companyName: 'Company name',
    authorName: 'Prepared by',
    logo: 'Logo',
    vatPercent: 'Default VAT rate',
    validityDays: 'Quote validity',
    delivery: 'Delivery',
    payment: 'Payment terms',
    warranty: 'Warranty / support'
  },
  party: {
    company: 'Company',
    address: 'Address',
    taxId: 'Tax ID',
    bank: 'Bank',
    account: 'Account No.',
    contact: 'Contact',
    phone: 'Phone'
  },
  hints: {
    companyName: 'Printed at the top of the quote and on the report’s first page.',
    authorName: 'Printed on the report’s first page.',
    supplierCompany: 'Blank: the company name above.',
    taxId: 'Unified social credit code (18 characters) or a VAT number.',
    vatPercent: 'Blank: by the plan’s currency (13 % for CNY). New plans start with it.',
    validityDays: 'Blank: 30 days.',
    days: 'days'
  },
  placeholders: {
    byCurrency: 'by currency',
    validity: '30'
  },
  logo: {
    choose: 'Choose image…',
    replace: 'Replace…',
    remove: 'Remove',
    none: 'No logo',
    preview: 'Logo preview',
    rule: 'PNG or JPEG, at most 1 MB.',
    empty: '{file} is empty.',
    notImage: '{file} is not a PNG or JPEG image.',
    tooLarge: '{file} is {size} MB; a logo may be at most {limit} MB.',
    unreadable: '{file} could not be read.'
  },
  errors: {
    tooLong: 'at most {limit} characters (now {length})',
    oneLine: 'must be one line',
    taxIdCharacters: 'use letters, digits, spaces and hyphens only',
    taxIdLength: 'a tax ID has 8 to 30 letters and digits (now {length})',
    taxIdCheck:
      'the last character of an 18-character credit code should be {expected}, not {found}: check for a typing error',
    accountCharacters: 'use digits, letters, spaces and hyphens only',
    accountLength: 'an account number has 6 to 34 digits and letters (now {length})',
    phone: 'a phone number: digits, spaces, + - ( ), an extension as 转123 or ext 123',
    notANumber: 'must be a number',
    wholeNumber: 'must be a whole number of days',
    range: 'must be from {min} to {max}{unit}'
  },
  where: '{section} › {field}',
  save: 'Save',
  revert: 'Undo changes',
  saved: 'Settings saved. The next quote and report use them.',
  unsaved: 'Unsaved changes',
  invalid: 'Not saved: {count} field(s) need attention.',
  saveFailed: 'Could not save the settings: {message}'
}
