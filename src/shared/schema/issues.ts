import type { z } from 'zod'
import type { Issue } from '../ipc/envelope'

/** `['workloads', 1, 'tokens']` → `workloads[1].tokens` (the JSON path users and the CLI see); '' is the root. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out
}

/** zod's issues as the contract's located issues. */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: formatJsonPath(issue.path) || '(root)',
    message: issue.message
  }))
}
