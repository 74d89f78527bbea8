/**
 * What the importer read, before the import runs (views/inventory/ImportPreview.vue): the
 * column mapping with a field to choose per column, every preview row with its outcome in
 * words — a rejected row listed, not dropped — and each issue located by sheet, row and
 * column; the file's own issues below. en and zh-CN.
 *
 * The matched catalog card is not shown here (the preview is before matching): the review
 * table shows it, import-review-table.test.ts tests it.
 */
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import ImportPreview from '@renderer/views/inventory/ImportPreview.vue'
import { mountIn, setup } from './harness'
import { inspection } from './import-inspection'

const mounted: VueWrapper[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

async function mountPreview(locale: 'en' | 'zh-CN' = 'en') {
  const mapped: [number, string][] = []
  const wrapper = await mountIn(
    ImportPreview,
    { inspection, onMap: (index: number, field: string) => mapped.push([index, field]) },
    setup(() => null, locale)
  )
  mounted.push(wrapper)
  return { wrapper, mapped }
}

/** The cells of each row of the table with test id `testid`. */
const table = (wrapper: VueWrapper, testid: string) =>
  wrapper
    .findAll(`[data-testid="${testid}"] tr`)
    .map((row) => row.findAll('td').map((cell) => cell.text()))

describe('ImportPreview', () => {
  it('lists each column: letter, header, its field, the confidence to two places, the unit read', async () => {
    const { wrapper } = await mountPreview()
    const selects = wrapper.findAllComponents(NSelect)
    // A column mapped to nothing shows "Ignore this column" ('' in the select).
    expect(selects.map((select) => select.props('value'))).toEqual(['name', 'memoryGB', ''])
    const cells = table(wrapper, 'inventory-mapping').map((row) => [row[0], row[1], row[3], row[4]])
    expect(cells).toEqual([
      ['A', '型号', 'Confidence 1.00', ''],
      ['B', '显存', 'Confidence 0.80', 'GiB'],
      ['C', '备注', 'Confidence 0.00', '']
    ])
    const options = selects[0].props('options') as { label: string; value: string }[]
    expect(options[0]).toEqual({ label: 'Ignore this column', value: '' })
    expect(options.find((option) => option.value === 'memoryGB')?.label).toBe('Memory (GB)')
  })

  it('hands up a column’s new field by the column’s index, and "ignore" as an empty field', async () => {
    const { wrapper, mapped } = await mountPreview()
    const selects = wrapper.findAllComponents(NSelect)
    selects[2].vm.$emit('update:value', 'notes')
    selects[1].vm.$emit('update:value', '')
    expect(mapped).toEqual([
      [3, 'notes'],
      [2, '']
    ])
  })

  it('shows every preview row with its outcome — the rejected one too — and each issue with its place', async () => {
    const { wrapper } = await mountPreview()
    // Three rows in, three rows shown: 1 accepted + 1 with warnings + 1 rejected.
    expect(table(wrapper, 'inventory-preview')).toEqual([
      ['2', 'Accepted', 'H20', '96', '8', ''],
      [
        '3',
        'Accepted with warnings',
        'L20',
        '',
        '',
        '库存 3 B: Could not read 48G? as a number, so the cell was left empty.'
      ],
      [
        '4',
        'Rejected',
        '',
        '',
        '',
        '库存 4 A: The row has no model name, so it was not imported. Add the model name.'
      ]
    ])
    // The file's own issue has a sheet but no row or column.
    expect(wrapper.findAll('li').map((item) => item.text())).toEqual([
      '库存: The sheet has more than 200 columns; columns after the 200th were ignored.'
    ])
  })

  it('says it in Chinese for zh-CN', async () => {
    const { wrapper } = await mountPreview('zh-CN')
    expect(wrapper.findAll('h4').map((heading) => heading.text())).toEqual(['列对应关系', '预览'])
    expect(table(wrapper, 'inventory-preview').map((row) => row[1])).toEqual([
      '已导入',
      '已导入（有警告）',
      '未导入'
    ])
    const options = wrapper.findAllComponents(NSelect)[0].props('options') as { label: string }[]
    expect(options[0].label).toBe('忽略此列')
  })
})
