// Vision training: data loading and global batch (issue 16), merged into the 'core' namespace.
import type en from '../en/visionTraining'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  steps: {
    computeImagesPerSecondPerAccelerator: '单卡每秒可计算的图像数',
    dataImagesPerSecondPerAccelerator: '输入管线每秒供给单卡的图像数',
    imagesPerSecondPerAccelerator: '单卡每秒图像数（取两者较慢者）',
    imagesProcessed: '处理图像总数（图像数 × 轮数 × 训练次数）',
    stepsPerEpoch: '每轮优化步数',
    activeAccelerators: '实际工作的卡数（每卡每步至少一张图像）',
    batchPerAccelerator: '每卡每步图像数'
  },
  inputs: {
    globalBatchSize: '全局批大小'
  },
  assumptions: {
    dataLoaderImagesPerSecondPerNode: '单台服务器输入管线每秒供给的图像数'
  },
  warnings: {
    visionDataLoadingBinds:
      '数据加载决定速度：输入管线每台服务器每秒供给 {data} 张图像，而计算能力可达 {compute} 张。',
    visionBatchBinds:
      '全局批大小 {batch} 张图像最多让 {batch} 张卡工作（共 {accelerators} 张卡），其余卡空闲。'
  }
}

export default zh
