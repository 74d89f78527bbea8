/**
 * Issue 19: the renderer formats a message's duration parameters (`…Days`) as main does — in
 * the unit the duration's size calls for, through the one formatter.
 */
import { describe, expect, it } from 'vitest'
import { asMessageFunctions } from '@renderer/i18n'
import { messages, translate, type MessageTree } from '@shared/i18n'

type MessageFunction = (context: { values: Record<string, unknown> }) => string

function message(tree: ReturnType<typeof asMessageFunctions>, key: string): MessageFunction {
  let node: unknown = tree
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  return node as MessageFunction
}

describe('duration parameters in the renderer’s messages', () => {
  it.each([
    ['zh-CN', '需 2.1 小时 ≤ 工期 1 天'],
    ['en', 'Takes 2.1 h ≤ 1-day deadline']
  ] as const)('%s: a 0.08633-day run reads in hours, as in main', (locale, expected) => {
    const tree = asMessageFunctions(messages[locale] as unknown as MessageTree, locale)
    const params = { valueDays: 0.08633, limit: 1 }
    const text = message(tree, 'compare.passes.deadline')({ values: params })
    expect(text).toBe(expected)
    expect(text).toBe(translate(locale, 'compare.passes.deadline', params))
  })
})
