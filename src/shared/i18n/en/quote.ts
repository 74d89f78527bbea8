// Messages for the 'quote' area. Keep keys in step with ../zh-CN/quote.ts (typecheck enforces the shape).
export default {
  title: 'quote'
}
