import { messages } from './src/shared/i18n'
import { LATIN_WORDS_IN_ZH } from './src/shared/i18n/latin-words'
const allowed = new Set(LATIN_WORDS_IN_ZH.map((w) => w.toLowerCase()))
const texts: string[] = []
const walk = (v: any) => typeof v === 'string' ? texts.push(v) : Object.values(v).forEach(walk)
walk(messages['zh-CN'].assumptionSources)
const strip = (t: string) => t
  .replace(/`[^`]*`/g, ' ').replace(/“[^”]*”/g, ' ').replace(/"[^"]*"/g, ' ')
  .replace(/\b[\w.-]+\/[\w./#-]*/g, ' ')
  .replace(/\b[\w-]+(\.[\w-]+)*\.(ai|com|io|cn|org|md|json)\b/g, ' ')
  .replace(/--[\w-]+/g, ' ').replace(/\b\w+_\w+\b/g, ' ')
const counts = new Map<string, number>()
for (const t of texts) for (const w of strip(t).match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) {
  const l = w.toLowerCase(); if (w.length < 2 || allowed.has(l) || allowed.has(l.replace(/\d+$/, ''))) continue
  counts.set(w, (counts.get(w) ?? 0) + 1)
}
console.log([...counts.keys()].sort().join(' '))
