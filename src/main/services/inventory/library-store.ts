/**
 * The user's inventory library and remembered column mappings, as JSON files under
 * `<userDataDir>/inventory/`. Writes are atomic (files/atomic-write.ts), so a crash
 * mid-save leaves the previous file intact. An unreadable library is reported and left
 * untouched rather than silently replaced with an empty one.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import {
  LIBRARY_FORMAT,
  LIBRARY_VERSION,
  libraryDocumentSchema,
  mappingOverrideSchema,
  type InventoryItem,
  type LibraryEntry,
  type MappingOverride
} from '@shared/schema/inventory'
import { writeJsonFile } from '../files/json-file'
import { fail } from './issues'
import { nameTokens } from './catalog-match'

const MAPPINGS_FORMAT = 'compute-planner/inventory-mappings'
const MAX_REMEMBERED_MAPPINGS = 200

const mappingsDocumentSchema = z.object({
  format: z.literal(MAPPINGS_FORMAT),
  version: z.literal(1),
  mappings: z.record(z.string(), z.object({ columns: mappingOverrideSchema, savedAt: z.string() }))
})
type MappingsDocument = z.infer<typeof mappingsDocumentSchema>

async function readJson(path: string): Promise<unknown | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  return JSON.parse(text) as unknown
}

/** A stable id from kind and name, so importing the same model again updates it. */
export function entryIdFor(item: Pick<InventoryItem, 'kind' | 'name'>): string {
  // Plan documents accept ids of [A-Za-z0-9._-] only: non-ASCII words become a short hash.
  const slug = nameTokens(item.name)
    .map((token) =>
      /^[a-z0-9.]+$/.test(token)
        ? token
        : createHash('sha256').update(token).digest('hex').slice(0, 8)
    )
    .join('-')
    .slice(0, 100)
  return `${item.kind === 'server' ? 'srv' : 'acc'}-${slug || 'item'}`
}

export class InventoryLibrary {
  readonly libraryPath: string
  readonly mappingsPath: string

  constructor(readonly userDataDir: string) {
    this.libraryPath = join(userDataDir, 'inventory', 'library.json')
    this.mappingsPath = join(userDataDir, 'inventory', 'mappings.json')
  }

  async load(): Promise<LibraryEntry[]> {
    let document: unknown
    try {
      document = await readJson(this.libraryPath)
    } catch (error) {
      fail(
        'IO_ERROR',
        'libraryUnreadable',
        { file: this.libraryPath, reason: (error as Error).message },
        { file: this.libraryPath }
      )
    }
    if (document === undefined) return []
    const parsed = libraryDocumentSchema.safeParse(document)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      const reason = `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`
      fail(
        'IO_ERROR',
        'libraryUnreadable',
        { file: this.libraryPath, reason },
        { file: this.libraryPath }
      )
    }
    return parsed.data.entries
  }

  async save(entries: LibraryEntry[]): Promise<void> {
    const document = { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, entries }
    await writeJsonFile(this.libraryPath, document)
  }

  private async loadMappings(): Promise<MappingsDocument> {
    const empty: MappingsDocument = { format: MAPPINGS_FORMAT, version: 1, mappings: {} }
    try {
      const parsed = mappingsDocumentSchema.safeParse(await readJson(this.mappingsPath))
      return parsed.success ? parsed.data : empty
    } catch {
      // Remembered mappings are a convenience: a damaged file just means detecting afresh.
      return empty
    }
  }

  /** Remembered mappings by header signature, as data (an import worker gets a copy). */
  async rememberedMappings(): Promise<Record<string, MappingOverride>> {
    const { mappings } = await this.loadMappings()
    return Object.fromEntries(
      Object.entries(mappings).map(([signature, { columns }]) => [signature, columns])
    )
  }

  /** Synchronous lookup table for the importer (which recalls mid-pipeline). */
  async mappingRecall(): Promise<(signature: string) => MappingOverride | undefined> {
    const { mappings } = await this.loadMappings()
    return (signature) => mappings[signature]?.columns
  }

  async rememberMapping(signature: string, columns: MappingOverride): Promise<void> {
    if (signature === '') return
    const document = await this.loadMappings()
    document.mappings[signature] = { columns, savedAt: new Date().toISOString() }
    const entries = Object.entries(document.mappings)
    if (entries.length > MAX_REMEMBERED_MAPPINGS) {
      entries.sort((a, b) => a[1].savedAt.localeCompare(b[1].savedAt))
      for (const [key] of entries.slice(0, entries.length - MAX_REMEMBERED_MAPPINGS))
        delete document.mappings[key]
    }
    await writeJsonFile(this.mappingsPath, document)
  }
}
