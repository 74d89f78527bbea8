import type en from '../en/app'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  name: '算力规划器',
  tagline: '估算 AI 算力需求，每个数字都有出处',
  menu: {
    file: '文件',
    new: '新建方案',
    open: '打开…',
    save: '保存',
    saveAs: '另存为…',
    exportQuote: '导出报价单…',
    importInventory: '导入硬件清单…',
    recent: '最近打开',
    clearRecent: '清除最近记录',
    close: '关闭窗口',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    language: '语言',
    theme: '主题',
    themeSystem: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    toggleFullScreen: '切换全屏',
    reload: '重新加载',
    devTools: '开发者工具',
    help: '帮助',
    about: '关于算力规划器',
    docs: '使用文档'
  },
  steps: {
    scenario: '场景',
    workloads: '工作负载',
    hardware: '硬件',
    costs: '成本',
    results: '结果',
    quote: '报价',
    inventory: '硬件清单'
  },
  actions: {
    next: '下一步',
    back: '上一步',
    estimate: '计算',
    close: '关闭',
    cancel: '取消',
    ok: '确定'
  },
  about: {
    title: '关于算力规划器',
    version: '版本 {version}',
    platform: '平台：{platform}',
    transport: '运行方式：{transport}',
    transportElectron: '桌面应用',
    transportWeb: '本地网页服务',
    offline: '完全离线运行，数据不会离开本机。'
  },
  language: { en: 'English', 'zh-CN': '简体中文' },
  theme: { light: '浅色主题', dark: '深色主题', system: '跟随系统主题' },
  punctuation: { labelled: '{label}：{value}', listSeparator: '；', itemSeparator: '、' },
  status: {
    busy: '计算中…',
    stale: '结果已过期',
    ready: '已是最新'
  },
  errors: {
    BAD_REQUEST: '请求无效。',
    UNKNOWN_CHANNEL: '未知请求。',
    FORBIDDEN_SENDER: '请求来自不受信任的页面，已拒绝。',
    UNAUTHORIZED: '未授权：请打开网页服务打印的链接。',
    PAYLOAD_TOO_LARGE: '请求过大。',
    INVALID_PLAN: '方案中有无效字段。',
    NOT_FOUND: '未找到。',
    UNSUPPORTED_FILE: '不支持此文件类型。',
    FILE_TOO_LARGE: '文件过大。',
    IO_ERROR: '无法读取或写入文件。',
    CANCELLED: '已取消。',
    NOT_SUPPORTED: '此功能仅在桌面应用中可用。',
    INTERNAL: '发生内部错误。',
    network: '无法连接规划服务。'
  }
}
export default zh
