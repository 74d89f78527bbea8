/**
 * Duplicate detection: two rows name the same model when their kinds agree and their name
 * tokens agree in any order (`NVIDIA A100 80GB SXM4` = `A100-SXM4-80GB`). Rows are indexed by
 * a small hash of kind + tokens; a hash hit is confirmed by comparing the exact keys, so a
 * collision never makes a false duplicate. Compared with keeping one key string per row in a
 * Map, a 100k-row import keeps no strings of its own and makes no sorted copy per row.
 */
import { nameTokens, visitNameTokens } from './catalog-match'

/** 32-bit FNV-1a of `text`, continuing from `hash`. */
function fnv(text: string, hash: number): number {
  let h = hash
  for (let at = 0; at < text.length; at++) {
    h ^= text.charCodeAt(at)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

/** Murmur3's finaliser: spreads a token's hash before the order-free sum. */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16)
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

const FNV_OFFSET = 0x811c9dc5

/** A 30-bit, order-free hash of kind + tokens. */
export function modelHash(kind: string, tokens: readonly string[]): number {
  let sum = mix(fnv(kind, FNV_OFFSET))
  for (const token of tokens) sum = (sum + mix(fnv(token, FNV_OFFSET))) | 0
  return sum & 0x3fffffff
}

const FNV_PRIME = 0x01000193
let tokenSum = 0

/** Adds a token given as a range of a name (read in lower case, `gb` appended) to `tokenSum`. */
function addToken(name: string, start: number, end: number, gb: boolean): void {
  let h = FNV_OFFSET
  for (let at = start; at < end; at++) {
    const code = name.charCodeAt(at)
    h ^= code >= 65 && code <= 90 ? code + 32 : code
    h = Math.imul(h, FNV_PRIME)
  }
  if (gb) {
    h = Math.imul(h ^ 0x67 /* g */, FNV_PRIME)
    h = Math.imul(h ^ 0x62 /* b */, FNV_PRIME)
  }
  tokenSum = (tokenSum + mix(h)) | 0
}

/** modelHash(kind, nameTokens(name)), without making the tokens for most names. */
export function nameHash(kind: string, name: string): number {
  tokenSum = mix(fnv(kind, FNV_OFFSET))
  if (visitNameTokens(name, addToken)) return tokenSum & 0x3fffffff
  return modelHash(kind, nameTokens(name))
}

/** The exact key: kind and the tokens in sorted order. */
function exactKey(kind: string, tokens: string[]): string {
  return `${kind}|${tokens.sort().join(' ')}`
}

export class ModelIndex {
  /** Open-addressing table: per slot, a hash and its entry number + 1 (0 = free). */
  private slotHashes = new Int32Array(1024)
  private slotEntries = new Int32Array(1024)
  private readonly rows: number[] = []
  private readonly kinds: string[] = []
  private readonly names: string[] = []
  /** Exact keys of entries, made only when their hash is hit again. */
  private readonly keys = new Map<number, string>()
  /** Models whose hash was already taken by another model (rare): by exact key. */
  private readonly collided = new Map<string, number>()

  /** `hash` is replaceable so tests can force collisions. */
  constructor(private readonly hash: typeof nameHash = nameHash) {}

  /** The first row naming the same model, or undefined when this row is the first (it is then recorded). */
  firstRowOf(kind: string, name: string, row: number): number | undefined {
    const hash = this.hash(kind, name)
    const mask = this.slotHashes.length - 1
    let slot = hash & mask
    while (this.slotEntries[slot] !== 0 && this.slotHashes[slot] !== hash) slot = (slot + 1) & mask
    if (this.slotEntries[slot] === 0) {
      this.slotHashes[slot] = hash
      this.slotEntries[slot] = this.rows.length + 1
      this.rows.push(row)
      this.kinds.push(kind)
      this.names.push(name)
      // Kept at most half full, so a free slot is always near.
      if (this.rows.length * 2 > this.slotHashes.length) this.grow()
      return undefined
    }
    const entry = this.slotEntries[slot] - 1
    const key = exactKey(kind, nameTokens(name))
    let entryKey = this.keys.get(entry)
    if (entryKey === undefined) {
      entryKey = exactKey(this.kinds[entry], nameTokens(this.names[entry]))
      this.keys.set(entry, entryKey)
    }
    if (entryKey === key) return this.rows[entry]
    const other = this.collided.get(key)
    if (other !== undefined) return other
    this.collided.set(key, row)
    return undefined
  }

  private grow(): void {
    const hashes = this.slotHashes
    const entries = this.slotEntries
    this.slotHashes = new Int32Array(hashes.length * 2)
    this.slotEntries = new Int32Array(hashes.length * 2)
    const mask = this.slotHashes.length - 1
    for (let old = 0; old < hashes.length; old++) {
      if (entries[old] === 0) continue
      let slot = hashes[old] & mask
      while (this.slotEntries[slot] !== 0) slot = (slot + 1) & mask
      this.slotHashes[slot] = hashes[old]
      this.slotEntries[slot] = entries[old]
    }
  }
}
