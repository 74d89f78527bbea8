/**
 * Clauses joined into one list: every clause but the last loses its own full stop, so a list
 * never reads "方案中有 4 个无效字段。；工作负载 1 …" or "4 invalid fields.; Workload 1 …".
 * A trailing ellipsis ("...", "…") is kept.
 */
const FINAL_STOP = /(?<!\.)[.。．!！?？;；]$/u

export function joinClauses(clauses: readonly string[], separator: string): string {
  return clauses
    .map((clause, index) =>
      index < clauses.length - 1 ? clause.trimEnd().replace(FINAL_STOP, '') : clause
    )
    .join(separator)
}
