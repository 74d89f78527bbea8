// Messages for the 'document' area. Keep keys in step with ../zh-CN/document.ts (typecheck enforces the shape).
export default {
  title: 'document'
}
