/**
 * Duplicate detection: two rows name the same model when their kinds agree and their name
 * tokens agree in any order (`NVIDIA A100 80GB SXM4` = `A100-SXM4-80GB`). Rows are indexed by
 * a small hash of kind + tokens; a hash hit is confirmed by comparing the exact keys, so a
 * collision never makes a false duplicate. Compared with keeping one key string per row, a
 * 100k-row import keeps no strings of its own and makes no sorted copy per row.
 */
import { nameTokens } from './catalog-match'

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

/** The exact key: kind and the tokens in sorted order. */
function exactKey(kind: string, tokens: string[]): string {
  return `${kind}|${tokens.sort().join(' ')}`
}

export class ModelIndex {
  /** Hash → entry number (hashes fit a small integer, which Maps store compactly). */
  private readonly byHash = new Map<number, number>()
  private readonly rows: number[] = []
  private readonly kinds: string[] = []
  private readonly names: string[] = []
  /** Exact keys of entries, made only when their hash is hit again. */
  private readonly keys: (string | undefined)[] = []
  /** Models whose hash was already taken by another model (rare): by exact key. */
  private readonly collided = new Map<string, number>()

  /** `hash` is replaceable so tests can force collisions. */
  constructor(private readonly hash: typeof modelHash = modelHash) {}

  /** The first row naming the same model, or undefined when this row is the first (it is then recorded). */
  firstRowOf(kind: string, name: string, row: number): number | undefined {
    const tokens = nameTokens(name)
    const hash = this.hash(kind, tokens)
    const entry = this.byHash.get(hash)
    if (entry === undefined) {
      this.byHash.set(hash, this.rows.length)
      this.rows.push(row)
      this.kinds.push(kind)
      this.names.push(name)
      this.keys.push(undefined)
      return undefined
    }
    const key = exactKey(kind, tokens)
    const entryKey = (this.keys[entry] ??= exactKey(
      this.kinds[entry],
      nameTokens(this.names[entry])
    ))
    if (entryKey === key) return this.rows[entry]
    const other = this.collided.get(key)
    if (other !== undefined) return other
    this.collided.set(key, row)
    return undefined
  }
}
