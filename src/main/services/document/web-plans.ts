/**
 * The web host's own plans folder (issue 19: "the web host has no recent-files list").
 *
 * In the browser a plan is opened with the file picker and saved by download: the host never
 * learns a path, and it must not accept one from the page (a page that could name paths could
 * read or overwrite any file the host can reach; the desktop app guards the same channels
 * with path grants, src/main/desktop/path-grants.ts). So the host remembers what it can
 * honestly reopen: each plan the browser saves is also kept, under its file name, in
 * `<userData>/plans/`, and entered in the recent-files list (the same RecentFiles service
 * and `recent.list` channel as the desktop menu). Reopening takes a path from that list and
 * is refused unless it names a `.cplan` directly inside that folder.
 */
import { mkdir, realpath } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { ServiceError } from '@shared/ipc/envelope'
import { PLAN_FILE_EXTENSION } from '@shared/schema/plan-file-names'
import { openPlanFile, savePlanFile, type OpenedPlan } from './plan-files'
import type { RecentFiles } from './recent-files'

export const WEB_PLANS_FOLDER = 'plans'

/** A file name the host writes: no folders, no leading dot, ends in .cplan. */
const SAFE_NAME = /^[^\\/:*?"<>|.\p{Cc}][^\\/:*?"<>|\p{Cc}]{0,200}\.cplan$/iu

function refuse(what: string): never {
  throw new ServiceError('BAD_REQUEST', `${what}: not a plan this host saved.`, [
    {
      path: '(request)',
      message: 'not a plan this host saved',
      key: 'webPlans.notKept',
      params: { name: what }
    }
  ])
}

export class WebPlans {
  readonly folder: string

  constructor(
    userDataDir: string,
    private readonly recent: RecentFiles,
    private readonly platform: string = process.platform
  ) {
    this.folder = resolve(userDataDir, WEB_PLANS_FOLDER)
  }

  private same(a: string, b: string): boolean {
    return this.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase()
  }

  /** The path of `fileName` in the folder, or a refusal for anything that is not a plain name. */
  private pathOf(fileName: string): string {
    const name = fileName.endsWith(`.${PLAN_FILE_EXTENSION}`)
      ? fileName
      : `${fileName}.${PLAN_FILE_EXTENSION}`
    if (!SAFE_NAME.test(name) || basename(name) !== name) refuse(fileName)
    return join(this.folder, name)
  }

  /** Keeps a copy of a plan the browser saved (validated, atomic) and lists it as recent. */
  async keep(fileName: string, plan: unknown): Promise<{ path: string }> {
    const path = this.pathOf(fileName)
    await mkdir(this.folder, { recursive: true })
    await savePlanFile(path, plan)
    await this.recent.add(path)
    return { path }
  }

  /** Reopens a kept plan by the path the recent list gave; any other path is refused. */
  async open(path: string): Promise<OpenedPlan> {
    const absolute = resolve(path)
    if (!this.same(dirname(absolute), this.folder)) refuse(basename(path))
    this.pathOf(basename(absolute))
    // A link placed in the folder must not lead the page to a file elsewhere.
    const real = await realpath(absolute).catch(() => null)
    const folder = await realpath(this.folder).catch(() => this.folder)
    if (real !== null && !this.same(dirname(real), folder)) refuse(basename(path))
    return openPlanFile(absolute)
  }
}
