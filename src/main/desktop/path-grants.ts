/**
 * Paths the user has chosen (dialogs, recent list, OS open requests, files opened). The
 * renderer may read or write a plan only at such a path: a compromised page cannot use
 * `document.write` to overwrite arbitrary files, nor probe the disk with `document.read`.
 */
import { resolve } from 'node:path'

export class PathGrants {
  private readonly granted = new Set<string>()

  constructor(private readonly platform: string = process.platform) {}

  private key(path: string): string {
    const absolute = resolve(path)
    return this.platform === 'linux' ? absolute : absolute.toLowerCase()
  }

  grant(path: string): void {
    this.granted.add(this.key(path))
  }

  has(path: string): boolean {
    return this.granted.has(this.key(path))
  }
}
