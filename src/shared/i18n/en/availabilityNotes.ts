// The notes of resources/catalog/availability.json, word for word (the file keeps English as
// its source of truth; availability-text.ts finds a note here by its English text and shows
// the same key in the reader's language). A note the planner types is shown as typed.
export default {
  olderCardNotRestricted: 'not export-restricted; new stock of this older card may be scarce',
  olderCardScarce: 'new stock of this older card may be scarce',
  chinaVariantCaught: 'China-only variants made for the 2022 rule; caught by the 2023 rule',
  chinaVariantsOnly: 'China-market variants; not marketed elsewhere',
  h20Licence:
    'US licence needed since 2025-04-09; licences granted again from 2025-07-14; Chinese regulators discourage new orders (2025-08). Check before quoting.',
  chinaMarketPart: 'China-market part',
  h200Licence:
    'licences for approved customers announced 2025-12-08; treat as restricted until a licence is granted',
  rtx6000AdaTpp: 'dense FP8 728 TFLOPS x 8 = TPP 5828',
  ascend910First: 'first-generation 910 (2019), superseded by 910B',
  belowGp10: 'below the GP10-listed parts; Huawei sells Atlas cards abroad in some markets',
  prcGuidanceUnclear:
    'the guidance covers comparable PRC 3A090 chips; whether this one is covered is not public',
  olderGenerationStock: 'older generation; current stock not confirmed',
  hgxFollowsGpus:
    'status follows the GPUs it carries: A100/A800/H100/H800 boards are restricted, the H20 board is not (see the card entries)'
}
