// Messages for plan edits that were refused. Keep keys in step with ../zh-CN/commands.ts (typecheck enforces the shape).
export default {
  failed: 'That change could not be made, so the plan was left as it was. ({detail})',
  notPlainData:
    'That change could not be made, so the plan was left as it was: the value for {path} is not plain data ({found}). Please report this.'
} as const
