// Messages for the 'document' area. Keep keys in step with ../zh-CN/document.ts (typecheck enforces the shape).
export default {
  title: 'Plan file',
  untitled: 'Untitled plan',
  /** Window and tab title; the dirty marker is a leading bullet, as many editors show it. */
  windowTitle: '{name} — Compute Planner',
  windowTitleDirty: '• {name} — Compute Planner',
  actions: {
    new: 'New',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save As…',
    recent: 'Recent',
    clearRecent: 'Clear recent',
    noRecent: 'No recent plans'
  },
  filters: {
    plan: 'Compute Planner plan',
    spreadsheet: 'Spreadsheet (Excel or CSV)',
    workbook: 'Excel workbook',
    csv: 'CSV (comma-separated values)',
    all: 'All files'
  },
  dialogs: {
    openTitle: 'Open plan',
    saveTitle: 'Save plan',
    importTitle: 'Import inventory',
    exportTitle: 'Export quote',
    unsavedTitle: 'Unsaved changes',
    unsavedMessage: 'Do you want to save the changes to “{name}”?',
    unsavedDetail: 'Your changes will be lost if you don’t save them.',
    save: 'Save',
    dontSave: 'Don’t Save',
    cancel: 'Cancel'
  },
  errors: {
    tooLarge: 'The file is {size} bytes; plans are limited to {limit} bytes.',
    corruptJson: 'The file is not valid JSON (line {line}, column {column}): {detail}',
    notAnObject: 'The file does not contain a plan document.',
    wrongFormat: 'This is not a Compute Planner plan: format is {found}, expected {expected}.',
    badVersion: 'The plan has no valid version number (found {found}).',
    newerVersion:
      'This plan was saved in file version {version} by a newer Compute Planner; this version reads files up to version {supported}. Update the app to open it.',
    tooOld: 'File version {version} is older than the oldest supported version ({oldest}).',
    invalid: 'The plan has {count} invalid field(s).',
    notFound: 'The file {path} does not exist.',
    unreadable: 'The file {path} could not be read ({detail}).',
    unwritable: 'The file {path} could not be saved ({detail}).',
    desktopOnly: 'This is only available in the desktop app.',
    openFailed: 'Could not open the plan',
    saveFailed: 'Could not save the plan'
  },
  drop: {
    title: 'Drop the file to open it',
    hint: 'A plan (.cplan) opens; a spreadsheet (.xlsx, .csv, .tsv) goes to inventory import.',
    onlyFirst: 'Several files were dropped; only {name} was used.',
    unknownKind: '{name} is neither a plan (.cplan) nor a spreadsheet (.xlsx, .csv, .tsv).'
  },
  notices: {
    opened: 'Opened {name}',
    saved: 'Saved {name}',
    migrated:
      'This plan was converted from file version {from} to {to}; saving writes version {to}.',
    fromBackup: 'The file was missing; its backup copy from an interrupted save was opened.',
    downloaded: 'Downloaded {name}',
    settingsCorrupt: 'Your settings file was damaged; default settings are in use.',
    settingsFieldsReset: 'Some settings were invalid and were reset to defaults: {fields}.',
    settingsNewer: 'Your settings were written by a newer version; unknown settings are ignored.'
  },
  recovery: {
    title: 'Recover unsaved work?',
    message:
      'Compute Planner did not close normally. Unsaved changes to “{name}” were recovered from {time}.',
    invalidNote: 'Some fields of the recovered plan need attention ({count}).',
    restore: 'Restore',
    discard: 'Discard'
  }
}
