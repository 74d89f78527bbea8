// Vision training: data loading and global batch (issue 16), merged into the 'core' namespace.
export default {
  steps: {
    computeImagesPerSecondPerAccelerator: 'Images per second one card computes',
    dataImagesPerSecondPerAccelerator: 'Images per second the input pipeline feeds one card',
    imagesPerSecondPerAccelerator: 'Images per second per card (the slower of the two)',
    imagesProcessed: 'Images processed (images × epochs × runs)',
    stepsPerEpoch: 'Optimizer steps per epoch',
    activeAccelerators: 'Cards doing work (at most one per image of the global batch)',
    batchPerAccelerator: 'Images per card and step'
  },
  inputs: {
    globalBatchSize: 'Global batch'
  },
  assumptions: {
    dataLoaderImagesPerSecondPerNode: 'Images per second one server’s input pipeline delivers'
  },
  warnings: {
    visionDataLoadingBinds:
      'Data loading sets the pace: the input pipeline delivers {data} images/s per server, the cards could compute {compute}.',
    visionBatchBinds:
      'The global batch of {batch} images keeps at most {batch} of the {accelerators} cards busy; the rest sit idle.'
  }
}
