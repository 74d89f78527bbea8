import { describe, expect, it } from 'vitest'
import type {
  ImportedRow,
  InventoryItem,
  LibraryEntry,
  MatchDecision
} from '../../../../src/shared/schema/inventory'
import { ServiceError } from '../../../../src/shared/ipc/envelope'
import { mergeIntoLibrary } from '../../../../src/main/services/inventory/commit-import'
import {
  CatalogMatcher,
  type CatalogEntryLike
} from '../../../../src/main/services/inventory/catalog-match'

const item = (name: string, extra: Partial<InventoryItem> = {}): InventoryItem => ({
  kind: 'accelerator',
  name,
  ...extra
})

const accepted = (row: number, value: InventoryItem, match?: ImportedRow['match']): ImportedRow =>
  ({
    row,
    outcome: 'accepted',
    item: value,
    issues: [],
    ...(match ? { match } : {})
  }) as ImportedRow

const rejected = (row: number): ImportedRow => ({ row, outcome: 'rejected', issues: [] })

const noDecisions = new Map<number, MatchDecision>()

describe('mergeIntoLibrary', () => {
  it('adds each accepted row under an id from its kind and name, numbering repeats in one file', () => {
    const { entries, summary } = mergeIntoLibrary(
      [],
      [
        accepted(2, item('A100', { memoryGB: 80 })),
        accepted(3, item('A100', { memoryGB: 40 })),
        rejected(4),
        accepted(5, item('DGX', { kind: 'server' }))
      ],
      noDecisions,
      undefined
    )
    expect(entries.map((entry) => [entry.id, entry.memoryGB])).toEqual([
      ['acc-a100', 80],
      ['acc-a100-2', 40],
      ['srv-dgx', undefined]
    ])
    expect(summary).toEqual({ added: 3, updated: 0, skipped: 0, total: 3 })
  })

  it('updates an entry imported before, keeping the rest of the library', () => {
    const library = [
      { id: 'acc-a100', kind: 'accelerator', name: 'A100', memoryGB: 40 },
      { id: 'acc-l4', kind: 'accelerator', name: 'L4', memoryGB: 24 }
    ] as LibraryEntry[]
    const { entries, summary } = mergeIntoLibrary(
      library,
      [accepted(2, item('a100', { memoryGB: 80 }))],
      noDecisions,
      undefined
    )
    expect(entries).toEqual([
      { id: 'acc-a100', kind: 'accelerator', name: 'a100', memoryGB: 80 },
      library[1]
    ])
    expect(summary).toEqual({ added: 0, updated: 1, skipped: 0, total: 2 })
  })

  it('applies the planner’s corrections and decisions per row', () => {
    const { entries, summary } = mergeIntoLibrary(
      [],
      [accepted(2, item('A100', { memoryGB: 8 })), accepted(3, item('L4'))],
      new Map<number, MatchDecision>([[3, 'skip']]),
      undefined,
      new Map([[2, item('A100', { memoryGB: 80 })]])
    )
    expect(entries).toEqual([{ id: 'acc-a100', kind: 'accelerator', name: 'A100', memoryGB: 80 }])
    expect(summary).toEqual({ added: 1, updated: 0, skipped: 1, total: 1 })
  })

  it('refuses the whole commit when a correction names a row that was not imported', () => {
    const action = () =>
      mergeIntoLibrary(
        [],
        [accepted(2, item('A100')), rejected(4)],
        noDecisions,
        undefined,
        new Map([
          [9, item('X')],
          [4, item('Y')]
        ])
      )
    expect(action).toThrow(ServiceError)
    try {
      action()
    } catch (error) {
      expect((error as ServiceError).code).toBe('BAD_REQUEST')
      expect((error as ServiceError).issues?.[0]).toMatchObject({
        path: 'edits',
        key: 'inventoryReview.editedRowMissing',
        params: { rows: '4, 9' }
      })
    }
  })

  it('keeps the planner’s figures by default, and takes the catalog’s only when told', () => {
    const h100: CatalogEntryLike = {
      id: 'nvidia-h100-sxm5-80gb',
      vendor: 'NVIDIA',
      name: 'H100 SXM5 80GB',
      memoryGB: 80,
      fp16Tflops: 989
    } as CatalogEntryLike
    const catalog = new CatalogMatcher([h100])
    const match = { catalogId: h100.id } as ImportedRow['match']
    const mine = item('H100 SXM', { memoryGB: 81, quantityOnHand: 4 })
    const run = (decision: MatchDecision) =>
      mergeIntoLibrary([], [accepted(2, mine, match)], new Map([[2, decision]]), catalog).entries[0]
    expect(run('keep-mine')).toMatchObject({ memoryGB: 81, catalogId: h100.id })
    expect(run('keep-mine')).not.toHaveProperty('fp16Tflops')
    expect(run('keep-catalog')).toMatchObject({
      name: 'H100 SXM5 80GB',
      memoryGB: 80,
      fp16Tflops: 989,
      quantityOnHand: 4
    })
    expect(run('merge')).toMatchObject({ memoryGB: 81, fp16Tflops: 989, quantityOnHand: 4 })
  })

  it('leaves out a row that names a switch or optics, unless the planner keeps it', () => {
    const { entries, summary } = mergeIntoLibrary(
      [],
      [
        accepted(2, item('CE9860-4C-EI 交换机')),
        accepted(3, item('400G光模块')),
        accepted(4, item('昇腾910B', { memoryGB: 64 }))
      ],
      new Map<number, MatchDecision>([[3, 'keep-mine']]),
      undefined
    )
    // Row 2 undecided → skipped (a page the review never showed is treated the same);
    // row 3 kept by the planner; row 4 is a card.
    expect(entries.map((entry) => entry.name)).toEqual(['400G光模块', '昇腾910B'])
    expect(summary).toEqual({ added: 2, updated: 0, skipped: 1, total: 2 })
  })
})
