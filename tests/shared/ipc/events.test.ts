import { describe, expect, it } from 'vitest'
import {
  DROP_FILES_EVENT,
  MENU_COMMANDS,
  MENU_COMMAND_EVENT,
  SETTINGS_CHANGED_EVENT,
  isMenuCommand
} from '../../../src/shared/ipc/events'
import { CHANNEL_NAMES } from '../../../src/shared/ipc/channels'
import { LOCALES } from '../../../src/shared/i18n'

describe('main → renderer events', () => {
  it('isMenuCommand accepts exactly the listed commands', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command), command).toBe(true)
    for (const value of ['', 'Save', 'save ', 'theme:', 'language:fr', undefined, null, 1, {}])
      expect(isMenuCommand(value), String(value)).toBe(false)
  })

  it('menu commands are unique, and there is one language command per locale', () => {
    expect(new Set(MENU_COMMANDS).size).toBe(MENU_COMMANDS.length)
    const languages = MENU_COMMANDS.filter((c) => c.startsWith('language:')).map((c) => c.slice(9))
    expect(languages.sort()).toEqual([...LOCALES].sort())
  })

  it('event names are distinct from each other and from every request channel', () => {
    const events = [MENU_COMMAND_EVENT, DROP_FILES_EVENT, SETTINGS_CHANGED_EVENT]
    expect(new Set(events).size).toBe(events.length)
    for (const event of events) expect(CHANNEL_NAMES as readonly string[]).not.toContain(event)
  })
})
