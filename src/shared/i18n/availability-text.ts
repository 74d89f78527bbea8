/**
 * Availability notes in the reader's language. The catalog's availability facts
 * (resources/catalog/availability.json) keep their notes in English, the research's own
 * words; the `availabilityNotes` catalogue holds each note in both languages, found by its
 * English text as derivation descriptions are (derivation-text.ts). A note the catalogue does
 * not know — one the planner typed in an override — is shown as it was written.
 */
import { messages, type Locale } from './index'

let byText: Map<string, keyof typeof messages.en.availabilityNotes> | null = null

function keyOf(note: string): keyof typeof messages.en.availabilityNotes | undefined {
  byText ??= new Map(
    Object.entries(messages.en.availabilityNotes).map(([key, text]) => [
      text,
      key as keyof typeof messages.en.availabilityNotes
    ])
  )
  return byText.get(note)
}

/** True when `note` is a catalogued availability note (so it has a translation). */
export function isCataloguedNote(note: string): boolean {
  return keyOf(note) !== undefined
}

/** The availability note in `locale`; unknown text comes back unchanged. */
export function localizeAvailabilityNote(note: string, locale: Locale): string {
  const key = keyOf(note)
  return key === undefined ? note : messages[locale].availabilityNotes[key]
}
