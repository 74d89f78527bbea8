// Messages for the 'inventory' area. Keep keys in step with ../zh-CN/inventory.ts (typecheck enforces the shape).
export default {
  title: 'inventory'
}
