/**
 * The settings screen (views/settings/SettingsView.vue): every field shows the settings main
 * owns (the document store's copy of `settings.get`), Save sends one `settings.set` patch and
 * keeps main's answer, a wrong field is refused with its place in words, and a change made
 * elsewhere is followed unless the planner is editing here.
 *
 * Language and theme are not fields of this screen (the header and menu set them; their trip
 * through main and the localStorage first-paint cache are settings-sync.test.ts's): here, the
 * screen's patch leaves them to main and writes nothing to localStorage.
 *
 * CalibrationProfilesCard is stubbed (calibration-profiles-card.test.ts tests it).
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import SettingsView from '@renderer/views/settings/SettingsView.vue'
import { useDocumentStore } from '@renderer/stores/document'
import type { ApiErrorBody } from '@shared/ipc/envelope'
import { defaultSettings, type AppSettings, type SettingsPatch } from '@shared/schema/settings'
import { type } from './fields-harness'
import { mountView, requestsOn, unmountViews } from './view-harness'

afterEach(unmountViews)

const filled: AppSettings = {
  ...defaultSettings(),
  language: 'zh-CN',
  theme: 'dark',
  companyName: 'Acme Compute',
  authorName: 'Li Wei',
  defaultVatRate: 0.13,
  procurement: {
    buyer: { company: 'Beta Labs', phone: '+86 10 5555 0100' },
    supplier: { company: 'Acme Compute Ltd', account: '6222 0200 1234' },
    terms: { quoteNumber: 'Q-7', validityDays: 45, delivery: '4 weeks', warranty: '3 years' }
  }
}

/** main's `settings.set`: the saved settings are the old ones with the patch over them. */
function mainStore(start: AppSettings) {
  return (channel: string, request: unknown) =>
    channel === 'settings.set' ? { ...start, ...(request as SettingsPatch) } : null
}

async function mountScreen(
  settings: AppSettings,
  options: { locale?: 'zh-CN'; fail?: Record<string, ApiErrorBody> } = {}
) {
  const { wrapper, context } = await mountView(SettingsView, {
    ...options,
    respond: mainStore(settings),
    stubs: { CalibrationProfilesCard: true },
    before: ({ pinia }) => {
      useDocumentStore(pinia).settings = structuredClone(settings)
    }
  })
  return { wrapper, context, documents: useDocumentStore(context.pinia) }
}

/** The input (or textarea) inside the field with test id `settings-<id>`. */
const field = (id: string) =>
  `[data-testid="settings-${id}"] input, [data-testid="settings-${id}"] textarea`
const valueOf = (wrapper: VueWrapper, id: string) =>
  (wrapper.get(field(id)).element as HTMLInputElement).value

async function save(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-testid="settings-save"]').trigger('click')
  await flushPromises()
}

describe('SettingsView', () => {
  it('shows every field as main saved it: letterhead, both parties, the quote defaults', async () => {
    const { wrapper } = await mountScreen(filled)
    const shown = Object.fromEntries(
      [
        'companyName',
        'authorName',
        'buyer-company',
        'buyer-phone',
        'buyer-taxId',
        'supplier-company',
        'supplier-account',
        'vatPercent',
        'validityDays',
        'delivery',
        'payment',
        'warranty'
      ].map((id) => [id, valueOf(wrapper, id)])
    )
    expect(shown).toEqual({
      companyName: 'Acme Compute',
      authorName: 'Li Wei',
      'buyer-company': 'Beta Labs',
      'buyer-phone': '+86 10 5555 0100',
      'buyer-taxId': '',
      'supplier-company': 'Acme Compute Ltd',
      'supplier-account': '6222 0200 1234',
      // 0.13 is stored as a fraction and shown as a percent: 0.13 × 100 = 13.
      vatPercent: '13',
      validityDays: '45',
      delivery: '4 weeks',
      payment: '',
      warranty: '3 years'
    })
    expect(wrapper.find('[data-testid="settings-logo-preview"]').exists()).toBe(false)
    // Nothing edited yet: nothing to save or undo.
    expect(wrapper.find('[data-testid="settings-dirty"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="settings-save"]').attributes('disabled')).toBeDefined()
  })

  it('saves one settings.set patch of the screen’s fields and keeps main’s answer', async () => {
    const { wrapper, context, documents } = await mountScreen(filled)
    await type(wrapper, field('companyName'), '  Acme Compute AG  ')
    await type(wrapper, field('buyer-taxId'), 'DE 123456789')
    await type(wrapper, field('supplier-company'), '')
    await type(wrapper, field('vatPercent'), '6')
    await type(wrapper, field('payment'), '30 % on order')
    const cached = { ...localStorage }
    expect(wrapper.get('[data-testid="settings-dirty"]').text()).toBe('Unsaved changes')
    await save(wrapper)

    const sent = requestsOn(context, 'settings.set') as SettingsPatch[]
    expect(sent).toHaveLength(1)
    expect(sent[0]).toEqual({
      companyName: 'Acme Compute AG', // trimmed
      authorName: 'Li Wei',
      companyLogo: null,
      defaultVatRate: 0.06, // 6 % → 6 / 100
      procurement: {
        buyer: { company: 'Beta Labs', taxId: 'DE 123456789', phone: '+86 10 5555 0100' },
        // The blanked company is left out, not saved as "".
        supplier: { account: '6222 0200 1234' },
        // The quote number (set per quote) is kept as it was.
        terms: {
          quoteNumber: 'Q-7',
          validityDays: 45,
          delivery: '4 weeks',
          payment: '30 % on order',
          warranty: '3 years'
        }
      }
    })
    // Language and theme are main's to keep: the screen's patch does not carry them, and
    // saving writes nothing to the localStorage first-paint cache.
    expect(Object.keys(sent[0])).not.toContain('language')
    expect(Object.keys(sent[0])).not.toContain('theme')
    expect({ ...localStorage }).toEqual(cached)
    // The store holds main's answer (the whole settings), so the next quote reads it.
    expect(documents.settings?.companyName).toBe('Acme Compute AG')
    expect(documents.settings?.language).toBe('zh-CN')
    expect(wrapper.get('[data-testid="settings-saved"]').text()).toBe(
      'Settings saved. The next quote and report use them.'
    )
    expect(wrapper.find('[data-testid="settings-dirty"]').exists()).toBe(false)
    // Editing again takes the "saved" note away.
    await type(wrapper, field('authorName'), 'Wang Fang')
    expect(wrapper.find('[data-testid="settings-saved"]').exists()).toBe(false)
  })

  it('a blank VAT rate and validity save as "by currency" (null) and "default" (left out)', async () => {
    const { wrapper, context } = await mountScreen(filled)
    await type(wrapper, field('vatPercent'), '')
    await type(wrapper, field('validityDays'), '')
    await save(wrapper)
    const [patch] = requestsOn(context, 'settings.set') as SettingsPatch[]
    expect(patch.defaultVatRate).toBeNull()
    expect(patch.procurement?.terms).toEqual({
      quoteNumber: 'Q-7',
      delivery: '4 weeks',
      warranty: '3 years'
    })
  })

  it('refuses wrong fields with their place in words, beside the field and in the summary; nothing is sent', async () => {
    const { wrapper, context } = await mountScreen(filled)
    await type(wrapper, field('supplier-taxId'), '12345') // 5 characters: under 8
    await type(wrapper, field('buyer-phone'), 'call me')
    await type(wrapper, field('vatPercent'), '150') // above 100
    await save(wrapper)
    expect(requestsOn(context, 'settings.set')).toEqual([])
    const summary = wrapper.get('[data-testid="settings-problems"]')
    const lines = summary.findAll('.n-alert-body__content > div').map((line) => line.text())
    // In screen order: buyer's block, then supplier's, then the quote defaults.
    expect(lines).toEqual([
      'Not saved: 3 field(s) need attention.',
      'Customer (buyer) › Phone: a phone number: digits, spaces, + - ( ), an extension as 转123 or ext 123',
      'Supplier (your company) › Tax ID: a tax ID has 8 to 30 letters and digits (now 5)',
      'Quote defaults › Default VAT rate: must be from 0 to 100 %'
    ])
    // Beside the field: the message replaces the hint.
    const supplier = wrapper.get('[data-testid="settings-supplier"]')
    expect(supplier.text()).toContain('a tax ID has 8 to 30 letters and digits (now 5)')
    expect(supplier.text()).not.toContain('Unified social credit code')
    // Fixed: the summary goes once it is saved.
    await type(wrapper, field('supplier-taxId'), '')
    await type(wrapper, field('buyer-phone'), '')
    await type(wrapper, field('vatPercent'), '13')
    await save(wrapper)
    expect(requestsOn(context, 'settings.set')).toHaveLength(1)
    expect(wrapper.find('[data-testid="settings-problems"]').exists()).toBe(false)
  })

  it('says where a problem is in Chinese for zh-CN', async () => {
    const { wrapper } = await mountScreen(filled, { locale: 'zh-CN' })
    await type(wrapper, field('validityDays'), '0') // below 1 day
    await save(wrapper)
    const lines = wrapper
      .findAll('[data-testid="settings-problems"] .n-alert-body__content > div')
      .map((line) => line.text())
    // The place and the message joined by the zh colon; validity has no unit ('' in the check).
    expect(lines).toEqual([
      '未保存：1 个字段需要修改。',
      '报价默认值 › 报价有效期：必须在 1 到 3650 之间'
    ])
  })

  it('shows main’s refusal with its located issues, and keeps the edits to try again', async () => {
    const { wrapper, documents } = await mountScreen(filled, {
      fail: {
        'settings.set': {
          code: 'IO_ERROR',
          message: 'disk full',
          issues: [{ path: 'procurement.buyer', message: 'not written' }]
        }
      }
    })
    await type(wrapper, field('companyName'), 'Acme Two')
    await save(wrapper)
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Could not save the settings: disk full · procurement.buyer: not written'
    )
    expect(documents.settings?.companyName).toBe('Acme Compute')
    expect(valueOf(wrapper, 'companyName')).toBe('Acme Two')
    expect(wrapper.find('[data-testid="settings-dirty"]').exists()).toBe(true)
  })

  it('follows a change made elsewhere, but not over the planner’s own edits; Undo changes goes back', async () => {
    const { wrapper, documents } = await mountScreen(filled)
    documents.settings = { ...filled, companyName: 'From another window' }
    await flushPromises()
    expect(valueOf(wrapper, 'companyName')).toBe('From another window')

    await type(wrapper, field('authorName'), 'Editing here')
    documents.settings = { ...filled, companyName: 'Third change' }
    await flushPromises()
    expect(valueOf(wrapper, 'authorName')).toBe('Editing here')
    expect(valueOf(wrapper, 'companyName')).toBe('From another window')

    await wrapper.get('[data-testid="settings-revert"]').trigger('click')
    await flushPromises()
    expect(valueOf(wrapper, 'authorName')).toBe('Li Wei')
    expect(valueOf(wrapper, 'companyName')).toBe('Third change')
  })

  it('takes a PNG as the logo and refuses a file that is not an image, by name', async () => {
    const { wrapper, context } = await mountScreen(defaultSettings())
    const choose = async (file: File) => {
      const input = wrapper.get('[data-testid="settings-logo-input"]').element as HTMLInputElement
      Object.defineProperty(input, 'files', { value: [file], configurable: true })
      input.dispatchEvent(new Event('change'))
      await flushPromises()
    }
    await choose(new File(['name,qty'], 'cards.csv'))
    expect(wrapper.text()).toContain('cards.csv is not a PNG or JPEG image.')
    expect(wrapper.find('[data-testid="settings-logo-preview"]').exists()).toBe(false)

    // The 8-byte PNG signature is enough for the check (logo-file.ts reads the first bytes).
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    await choose(new File([png], 'logo.png'))
    expect(wrapper.text()).not.toContain('is not a PNG or JPEG image')
    const src = wrapper.get('[data-testid="settings-logo-preview"]').attributes('src')
    expect(src).toBe('data:image/png;base64,iVBORw0KGgo=')
    await save(wrapper)
    expect((requestsOn(context, 'settings.set')[0] as SettingsPatch).companyLogo).toBe(src)
  })
})
