import { describe, expect, it } from 'vitest'
import {
  COST_CATEGORIES,
  PART_CLASSES,
  PART_ROLES
} from '../../../../src/shared/core/cluster/parts'
import { messages } from '../../../../src/shared/i18n'

describe('part classes, roles and cost categories', () => {
  it('each list is unique', () => {
    for (const list of [PART_CLASSES, PART_ROLES, COST_CATEGORIES])
      expect(new Set(list).size).toBe(list.length)
  })

  it('every role has a line name in both languages (message bomRoles.roles.<role>)', () => {
    for (const role of PART_ROLES) {
      expect(messages.en.bomRoles.roles, role).toHaveProperty([role])
      expect(messages['zh-CN'].bomRoles.roles, role).toHaveProperty([role])
    }
  })

  it('every cost category has a title in both languages (cluster.categories.<category>)', () => {
    for (const category of COST_CATEGORIES) {
      expect(messages.en.cluster.categories, category).toHaveProperty([category])
      expect(messages['zh-CN'].cluster.categories, category).toHaveProperty([category])
    }
  })
})
