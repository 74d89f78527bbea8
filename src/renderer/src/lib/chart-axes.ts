/**
 * Small chart rules from issue 13 (Low). The scaling chart plots its points on a linear axis
 * at their real x values: the request-rate variants are 0.25×…4× (geometric steps), and
 * equally spaced category labels made a straight line read as an exponential curve.
 * Sensitivity labels wrap onto lines instead of being cut with "…".
 */

export interface Point {
  x: number
  y: number
}

/** Points as chart.js takes them on a linear x axis, in x order. */
export function linearPoints(points: readonly Point[]): Point[] {
  return [...points].sort((a, b) => a.x - b.x).map(({ x, y }) => ({ x, y }))
}

/** Wraps a label into lines of at most `width` characters at spaces (a long word stays whole). */
export function wrapLabel(text: string, width = 24): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.length > 0 ? lines : ['']
}
