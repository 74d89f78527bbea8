// Messages for the 'core' area. Keep keys in step with ../zh-CN/core.ts (typecheck enforces the shape).
export default {
  title: 'core'
}
