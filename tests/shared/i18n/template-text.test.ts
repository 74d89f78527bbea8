import { describe, expect, it } from 'vitest'
import { localizeTemplate } from '../../../src/shared/i18n/template-text'
import { messages } from '../../../src/shared/i18n'

const id = 'gpt3-175b-training'
const en = messages.en.templateText[id]
const zh = messages['zh-CN'].templateText[id]
const [firstId, firstName] = Object.entries(en.workloads)[0]
const template = {
  name: en.plan,
  workloads: Object.entries(en.workloads).map(([wid, name]) => ({ id: wid, name, kind: 'x' }))
}

describe('localizeTemplate', () => {
  it('every template has its names in both languages, for the same workload ids', () => {
    for (const [templateId, names] of Object.entries(messages.en.templateText)) {
      const local = (messages['zh-CN'].templateText as Record<string, typeof names>)[templateId]
      expect(local, templateId).toBeDefined()
      expect(Object.keys(local.workloads).sort(), templateId).toEqual(
        Object.keys(names.workloads).sort()
      )
    }
  })

  it('names a template’s plan and workloads in Chinese, keeping every other field', () => {
    const out = localizeTemplate(template, id, 'zh-CN')
    expect(out.name).toBe(zh.plan)
    expect(out.workloads[0]).toEqual({
      id: firstId,
      name: (zh.workloads as Record<string, string>)[firstId],
      kind: 'x'
    })
    expect(template.name).toBe(en.plan) // the input is not changed
  })

  it('leaves names the planner changed, and workloads without a name', () => {
    const edited = {
      name: 'My plan',
      workloads: [{ id: firstId, name: `${firstName} (mine)` }, { id: firstId }]
    }
    const out = localizeTemplate(edited, id, 'zh-CN')
    expect(out.name).toBe('My plan')
    expect(out.workloads).toEqual(edited.workloads)
  })

  it('an unknown template id gives the plan back as it is', () => {
    expect(localizeTemplate(template, 'no-such-template', 'zh-CN')).toBe(template)
  })

  it('in English the names stay the template file’s', () => {
    expect(localizeTemplate(template, id, 'en')).toEqual(template)
  })
})
