/**
 * Channel names of the 'document' area (method name → channel). Dependency-free: bundled into the preload.
 *
 * Both transports serve every channel. Those that need the desktop (file paths, native
 * dialogs, window state) answer NOT_SUPPORTED "only available in the desktop app" on the web
 * host, or are harmless no-ops there (`setDocumentState`, `takeOpenRequests`).
 */
export const DOCUMENT_CHANNELS = {
  /** Validate and migrate `.cplan` text (a file the browser picked, or a dropped file). */
  parsePlan: 'document.parse',
  /** Desktop: open a plan file by path (a path the user picked, a recent file, an open request). */
  readPlan: 'document.read',
  /** Desktop: save a plan to a path (atomic; only paths the user picked or opened). */
  writePlan: 'document.write',
  /** Desktop: native Open dialog (plans, or spreadsheets for inventory import). */
  showOpenDialog: 'dialog.open',
  /** Desktop: native Save dialog (plans, or the quote workbook). */
  showSaveDialog: 'dialog.save',
  /** Desktop: a native question in the user's language (unsaved changes, crash recovery). */
  askUser: 'dialog.ask',
  /** Desktop: the renderer reports dirty state and name (title, close prompt, macOS edited dot). */
  setDocumentState: 'document.setState',
  /** Desktop: files the OS asked us to open (command line, double-click, drop, Recent menu). */
  takeOpenRequests: 'document.takeOpenRequests',
  /** Desktop: the bytes of a spreadsheet the user chose (Open dialog, drop, double-click) for inventory import. */
  readSpreadsheet: 'document.readSpreadsheet',
  writeAutosave: 'autosave.write',
  readAutosave: 'autosave.read',
  discardAutosave: 'autosave.discard',
  getSettings: 'settings.get',
  updateSettings: 'settings.set',
  /**
   * Long poll: answers when the settings change after the given revision (or after a while
   * with the current ones). The web host's form of the desktop's `settings.changed` push.
   */
  watchSettings: 'settings.watch',
  listRecent: 'recent.list',
  clearRecent: 'recent.clear',
  /** Web host: keep a copy of a plan the browser saved in the host's plans folder (recent list). */
  keepWebPlan: 'webPlans.keep',
  /** Web host: reopen a kept plan by the path `recent.list` gave (only inside that folder). */
  openWebPlan: 'webPlans.open'
} as const
