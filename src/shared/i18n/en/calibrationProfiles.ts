// "My calibration profiles" (issue 16): the library of saved profiles in the settings, its
// file format, and saving/applying from a workload's Calibrate panel. Keep keys in step with
// ../zh-CN/calibrationProfiles.ts (typecheck enforces the shape).
export default {
  title: 'My calibration profiles',
  lead: 'Profiles you saved from a workload’s “Calibrate” panel, kept on this computer. Applying one copies it into the plan, so the plan file stays complete on its own.',
  empty:
    'No saved profiles yet. Fit one in a workload’s Calibrate panel and choose “Save to my profiles”, or import a profile file.',
  count: '{count} saved',
  columns: {
    name: 'Name',
    scope: 'Used for',
    measurements: 'Measurements',
    assumptions: 'Fitted'
  },
  kinds: {
    'llm-training': 'LLM training',
    'llm-finetuning': 'Fine-tuning',
    'llm-inference': 'LLM serving'
  },
  allModels: 'every model',
  rename: 'Rename',
  renameTo: 'New name for “{name}”',
  confirm: 'OK',
  cancel: 'Cancel',
  delete: 'Delete',
  deleteConfirm: 'Delete “{name}” from your profiles? Plans that use it keep their own copy.',
  export: 'Export',
  exportAll: 'Export all',
  import: 'Import…',
  renamed: '“{from}” is now “{to}”.',
  deleted: '“{name}” was deleted.',
  imported: 'Imported {count} profile(s) from {file}.',
  importedRenamed: '“{from}” was saved as “{to}”: a different profile already has that name.',
  importedUnchanged: '“{name}” is already saved; not imported again.',
  failed: 'That did not work: {message}',
  panel: {
    save: 'Save to my profiles',
    saved: 'Saved “{name}” to your profiles.',
    replaced: 'Replaced “{name}” in your profiles.',
    savedProfile: 'Saved profile',
    choose: 'Choose a saved profile',
    apply: 'Apply to this plan',
    applied: 'Profile “{name}” copied into this plan.',
    noneMatch: 'None of your {count} saved profiles is for this card and model.'
  },
  errors: {
    nameTaken: 'A profile named “{name}” is already saved.',
    notFound: 'No saved profile is named “{name}”.',
    libraryFull: 'Your profile library is full ({limit} profiles); delete some first.',
    libraryTooLarge:
      'Your profile library would hold {size} characters of data, more than {limit}; delete some profiles first.'
  },
  file: {
    tooLarge: '{file}: the file has {size} characters; a profile file holds at most {limit}.',
    corruptJson: '{file}, line {line}, column {column}: not valid JSON ({detail}).',
    notAnObject: '{file}: this file holds no calibration profiles.',
    wrongFormat: '{file}: format is {found}, expected {expected}.',
    badVersion: '{file}: no valid version number (found {found}).',
    newerVersion:
      '{file}: written by a newer Compute Planner (file version {version}; this version reads up to {supported}).',
    noProfiles: '{file}: the file lists no profiles.',
    tooMany: '{file}: {count} profiles; a file holds at most {limit}.',
    invalid: '{file}: {count} problem(s) found; nothing was imported.',
    field: '{file}, {path}: {message}',
    duplicateName: '{file}, {path}: the name “{name}” appears twice in the file.'
  }
}
