// Messages for the 'wizard' area. Keep keys in step with ../zh-CN/wizard.ts (typecheck enforces the shape).
export default {
  title: 'wizard'
}
