/**
 * Small JSON files in the user-data folder (settings, autosave, the inventory library and its
 * remembered mappings): read leniently, written atomically, so a crash while writing them
 * cannot leave a half file behind.
 */
import { promises as fs } from 'node:fs'
import { dirname } from 'node:path'
import { writeFileAtomic } from './atomic-write'

export type JsonRead =
  { state: 'missing' } | { state: 'corrupt'; detail: string } | { state: 'ok'; value: unknown }

export async function readJsonFile(path: string, maxBytes: number): Promise<JsonRead> {
  let text: string
  try {
    const stat = await fs.stat(path)
    if (stat.size > maxBytes) return { state: 'corrupt', detail: `larger than ${maxBytes} bytes` }
    text = await fs.readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return { state: 'missing' }
    return { state: 'corrupt', detail: (error as Error).message }
  }
  try {
    return { state: 'ok', value: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch (error) {
    return { state: 'corrupt', detail: (error as Error).message }
  }
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true })
  // These files are ours alone and rewritten often: no `.bak` round trip needed.
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, { keepBackup: false })
}
