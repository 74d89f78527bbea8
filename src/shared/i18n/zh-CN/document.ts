import type en from '../en/document'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  title: '方案文件',
  untitled: '未命名方案',
  windowTitle: '{name} — Compute Planner',
  windowTitleDirty: '• {name} — Compute Planner',
  actions: {
    new: '新建',
    open: '打开…',
    save: '保存',
    saveAs: '另存为…',
    recent: '最近使用',
    clearRecent: '清除最近使用',
    noRecent: '没有最近使用的方案'
  },
  filters: {
    plan: 'Compute Planner 方案',
    spreadsheet: '电子表格（Excel 或 CSV）',
    workbook: 'Excel 工作簿',
    csv: 'CSV（逗号分隔）',
    all: '所有文件'
  },
  dialogs: {
    openTitle: '打开方案',
    saveTitle: '保存方案',
    importTitle: '导入库存',
    exportTitle: '导出报价',
    unsavedTitle: '未保存的更改',
    unsavedMessage: '是否保存对“{name}”的更改？',
    unsavedDetail: '如果不保存，您的更改将会丢失。',
    save: '保存',
    dontSave: '不保存',
    cancel: '取消'
  },
  errors: {
    tooLarge: '文件大小为 {size} 字节；方案文件最大 {limit} 字节。',
    corruptJson: '文件不是有效的 JSON（第 {line} 行，第 {column} 列）：{detail}',
    notAnObject: '文件中没有方案文档。',
    wrongFormat: '这不是 Compute Planner 方案：格式为 {found}，应为 {expected}。',
    badVersion: '方案缺少有效的版本号（实际为 {found}）。',
    newerVersion:
      '此方案由更新版本的 Compute Planner 以文件版本 {version} 保存；当前版本最高只能读取文件版本 {supported}。请升级应用后再打开。',
    tooOld: '文件版本 {version} 早于支持的最早版本（{oldest}）。',
    invalid: '方案中有 {count} 个无效字段。',
    notFound: '文件 {path} 不存在。',
    unreadable: '无法读取文件 {path}（{detail}）。',
    unwritable: '无法保存文件 {path}（{detail}）。',
    desktopOnly: '此功能仅在桌面应用中可用。',
    openFailed: '无法打开方案',
    saveFailed: '无法保存方案'
  },
  drop: {
    title: '松开鼠标即可打开文件',
    hint: '方案文件（.cplan）将直接打开；表格文件（.xlsx、.csv、.tsv）将进入硬件清单导入。',
    onlyFirst: '拖入了多个文件，只使用了 {name}。',
    unknownKind: '{name} 既不是方案文件（.cplan），也不是表格文件（.xlsx、.csv、.tsv）。'
  },
  notices: {
    opened: '已打开 {name}',
    saved: '已保存 {name}',
    migrated: '此方案已从文件版本 {from} 转换为 {to}；保存时将写入版本 {to}。',
    fromBackup: '原文件缺失；已打开上次中断保存时留下的备份。',
    downloaded: '已下载 {name}',
    settingsCorrupt: '设置文件已损坏；正在使用默认设置。',
    settingsFieldsReset: '部分设置无效，已恢复为默认值：{fields}。',
    settingsNewer: '设置由更新版本写入；无法识别的设置将被忽略。'
  },
  recovery: {
    title: '恢复未保存的工作？',
    message: 'Compute Planner 上次未正常关闭。已恢复“{name}”在 {time} 的未保存更改。',
    invalidNote: '恢复的方案中有 {count} 个字段需要处理。',
    restore: '恢复',
    discard: '丢弃'
  }
}
export default zh
