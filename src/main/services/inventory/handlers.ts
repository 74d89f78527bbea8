/**
 * Handlers of the 'inventory' channels: thin glue from the contract to the import
 * pipeline, the job registry and the user library. No Electron here: the same handlers
 * serve the desktop app, the local web host and tests.
 */
import type { Handlers } from '../../ipc/dispatch'
import type { ServiceOptions } from '../handlers'
import type { INVENTORY_CHANNELS } from '@shared/ipc/channels/inventory'
import { MAX_RESULT_PAGE } from '@shared/ipc/contracts/inventory'
import type { LibraryEntry, MappingOverride, MatchDecision } from '@shared/schema/inventory'
import { CatalogMatcher, type CatalogEntryLike } from './catalog-match'
import { builtInCatalogEntries, withCatalogMatch } from './catalog-source'
import { mergeIntoLibrary } from './commit-import'
import { inventoryWorkbookBuffer } from './export-xlsx'
import { JobRegistry } from './jobs'
import { InventoryLibrary } from './library-store'
import { decodeUpload } from './upload'
import { importInWorker, inspectInWorker, type WorkerImport } from './worker/run-in-worker'

type InventoryHandlers = Pick<
  Handlers,
  (typeof INVENTORY_CHANNELS)[keyof typeof INVENTORY_CHANNELS]
>

export interface InventoryServiceOptions extends ServiceOptions {
  /** Catalog entries to match against; defaults to the built-in catalog (accelerators and servers). */
  catalog?: () => readonly CatalogEntryLike[]
  /** Time budget of one import or inspection (default LIMITS.importTimeBudgetMs; tests shorten it). */
  importTimeBudgetMs?: number
}

interface ImportJobResult {
  /** Kept compact: rows are built per result page (and once more at commit). */
  outcome: WorkerImport
  signature: string
  mapping: MappingOverride
}

/** Handlers of the 'inventory' channels. */
export function createInventoryHandlers(options: InventoryServiceOptions): InventoryHandlers {
  const library = new InventoryLibrary(options.userDataDir)
  const jobs = new JobRegistry<ImportJobResult>()
  let matcher: CatalogMatcher | undefined
  const catalog = (): CatalogMatcher => {
    matcher ??= new CatalogMatcher((options.catalog ?? builtInCatalogEntries)())
    return matcher
  }

  return {
    // Both reads run in an import worker: a hostile file costs that thread, never this one.
    'inventory.inspect': async (request) => {
      const bytes = decodeUpload(request.file)
      const result = await inspectInWorker(
        {
          file: request.file.fileName,
          bytes,
          sheet: request.sheet,
          headerRow: request.headerRow,
          mapping: request.mapping,
          encoding: request.encoding,
          remembered: await library.rememberedMappings()
        },
        { budgetMs: options.importTimeBudgetMs }
      )
      return { ...result, preview: result.preview.map((row) => withCatalogMatch(row, catalog())) }
    },

    'inventory.importStart': async (request) => {
      const bytes = decodeUpload(request.file)
      const remembered = await library.rememberedMappings()
      const jobId = jobs.start(async (signal, onProgress) => {
        // Catalog matches are attached per page in importResult: cheaper than 100k at once.
        const outcome = await importInWorker(
          {
            file: request.file.fileName,
            bytes,
            sheet: request.sheet,
            headerRow: request.headerRow,
            mapping: request.mapping,
            encoding: request.encoding,
            halveSparse: request.halveSparse,
            defaultCurrency: request.defaultCurrency,
            remembered
          },
          { signal, onProgress, budgetMs: options.importTimeBudgetMs }
        )
        const mapping = outcome.report.columns.map(({ index, field }) => ({ index, field }))
        if (request.rememberMapping)
          await library.rememberMapping(outcome.report.signature, mapping)
        return { outcome, signature: outcome.report.signature, mapping }
      })
      return { jobId }
    },

    'inventory.importProgress': ({ jobId }) => jobs.progress(jobId),

    'inventory.importResult': ({ jobId, offset = 0, limit = 1000, outcome }) => {
      const { report, table } = jobs.result(jobId).outcome
      const page = table.page(offset, Math.min(limit, MAX_RESULT_PAGE), outcome)
      const rows = page.rows.map((row) => withCatalogMatch(row, catalog()))
      return { report, offset, total: page.total, rows }
    },

    'inventory.importCancel': ({ jobId }) => jobs.cancel(jobId),

    'inventory.commit': async ({ jobId, decisions = [], edits = [] }) => {
      const result = jobs.result(jobId)
      const chosen = new Map<number, MatchDecision>(
        decisions.map(({ row, decision }) => [row, decision])
      )
      const { entries, summary } = mergeIntoLibrary(
        await library.load(),
        result.outcome.table,
        chosen,
        catalog(),
        new Map(edits.map(({ row, item }) => [row, item]))
      )
      await library.save(entries)
      jobs.discard(jobId)
      return summary
    },

    'inventory.list': async () => ({ entries: await library.load() }),

    'inventory.save': async ({ entries }) => {
      await library.save(entries as LibraryEntry[])
      return { total: entries.length }
    },

    'inventory.export': async (request) => {
      const items = request?.items ?? (await library.load())
      const buffer = await inventoryWorkbookBuffer(items)
      return { fileName: 'inventory.xlsx', dataBase64: buffer.toString('base64') }
    }
  }
}
