/**
 * Published video-analytics capacities (issue 16, "Honest ranges"): streams one accelerator
 * sustains, with the pipeline the publisher ran. Each case runs through estimatePlan with the
 * planner's public inputs (accelerator, resolution, capture fps, codec, model preset) and
 * default assumptions; the published figure must fall inside the planner's own low–high
 * `streamsPerAccelerator` range (tests/shared/core/holdout-calibration.test.ts).
 *
 * `inSample`: the catalog's decode figure for that card was taken from this very row, or a
 * constant was fitted on it (the ≤720p rows set `videoDecodeSmallFrameGain` = 2), so the case
 * checks arithmetic, not prediction. Every other row is evaluated only.
 *
 * Sources (retrieved December 2026):
 * - DS70: NVIDIA, "DeepStream 7.0 Performance", table of 1080p30 streams per device for the
 *   full reference pipeline (primary detector + two secondary classifiers + tracker, output
 *   rendering off), by codec: https://docs.nvidia.com/metropolis/deepstream/7.0/text/DS_Performance.html
 *   (2024). The stored copy of that page shows only its opening, so the rows were read from a
 *   public transcription of the table (a research note that cites it as "[T13] NVIDIA —
 *   DeepStream 7.0 Performance", § 2.2 Decoding); T4 H.265 45 and A30 98 / 150 also match the
 *   figures the catalog already carried from the same page. The same page's TAO table gives
 *   PeopleNet-ResNet34 (960×544, INT8) GPU frames/s end to end on sample_1080p_h265.mp4
 *   (T4 912, L4 1674, A30 3273, H100 6920, Jetson AGX Orin 970; same transcription, § 2.5).
 * - CANN85: Huawei CANN 8.5.0 commercial, "VDEC Performance Specifications" (acl C++ and
 *   Python API references, aclcppdevg_03_0374 / aclpythondevg_01_0338), table "Atlas inference
 *   products" (one Ascend 310P chip, n > 12 channels): 720p 5760 FPS, 1080p 2880 FPS, 4K
 *   720 FPS (the Atlas 300V rows are left out: the catalog has no compute figure for that card,
 *   so the planner asks for one before it estimates). https://www.hiascend.com/document/detail/en/canncommercial/850/API/appdevgapi/aclcppdevg_03_0374.html
 * - CANN80: Huawei CANN 8.0.0 commercial, "VDEC Performance Specifications"
 *   (aclpythondevg_01_0347), table "Atlas 200/300/500 Inference Product" (one Ascend 310
 *   chip): 4K 120 FPS, 1080p 480 FPS, ≤720p 960 FPS. https://www.hiascend.com/document/detail/en/canncommercial/800/apiref/appdevgapi/aclpythondevg_01_0347.html
 *   Streams = total decode FPS ÷ per-stream FPS, rounded down (the tables' own arithmetic:
 *   "480 FPS/n, n = 16 recommended, 30 FPS per channel").
 */

export interface VideoCase {
  name: string
  source: 'DS70' | 'CANN85' | 'CANN80'
  accelerator: string
  workload: Record<string, unknown>
  /** Published streams one accelerator sustains. */
  streams: number
  /** The catalog's decode figure for this card comes from this row (checks arithmetic only). */
  inSample: boolean
}

/**
 * DeepStream's reference pipeline runs a ResNet-18 TrafficCamNet detector and two ResNet-18
 * classifiers; the closest public preset is a small single-stage detector on every frame
 * (YOLOv5s, 640×640). Its compute bound sits far above the decode bound on every device below,
 * as NVIDIA's own table shows (H.265 > H.264 on the same card: decode, not inference, binds).
 */
const ds70 = (
  device: string,
  accelerator: string,
  codec: 'h264' | 'h265',
  streams: number,
  inSample: boolean
): VideoCase => ({
  name: `DeepStream 7.0 ${device} ${codec === 'h264' ? 'H.264' : 'H.265'} 1080p30 full pipeline`,
  source: 'DS70',
  accelerator,
  workload: { model: 'yolov5s-detection', resolution: '1080p', fps: 30, codec },
  streams,
  inSample
})

/** A decode-only figure: the VDEC table's total frame rate at one resolution ÷ stream fps. */
const vdec = (
  source: 'CANN85' | 'CANN80',
  device: string,
  accelerator: string,
  resolution: '720p' | '1080p' | '4k',
  fps: number,
  totalFps: number
): VideoCase => ({
  name: `CANN VDEC ${device} ${resolution} ${fps} fps (${totalFps} FPS total)`,
  source,
  accelerator,
  // Decode-only: a negligible model so the decoder is the bound being checked.
  workload: { topsPerStream: 0.01, resolution, fps, codec: 'h264' },
  streams: Math.floor(totalFps / fps),
  // The ≤720p rows are where `videoDecodeSmallFrameGain` (2×) was read from.
  inSample: resolution === '720p'
})

/**
 * DeepStream 7.0's TAO table: PeopleNet-ResNet34 (960×544, INT8) end to end on
 * sample_1080p_h265.mp4, aggregate frames/s on the GPU (T4 912, L4 1674, A30 3273, H100 6920,
 * Jetson AGX Orin 970); streams = frames/s ÷ 30, rounded down. The model's compute per frame is
 * not published, so the planner's input is a measured per-stream figure, taken from the T4 row
 * (130 INT8 TOPS × 30 ÷ 912 = 4.276 TOPS per stream) and carried to the other cards: the T4 row
 * is in-sample, the others test how a measured figure transfers (compute vs decode bound).
 */
const PEOPLENET_TOPS_PER_STREAM = (130 * 30) / 912
const peopleNet = (
  device: string,
  accelerator: string,
  framesPerSecond: number,
  inSample = false
): VideoCase => ({
  name: `DeepStream 7.0 PeopleNet INT8 ${device} H.265 1080p30 (${framesPerSecond} frames/s)`,
  source: 'DS70',
  accelerator,
  workload: {
    topsPerStream: PEOPLENET_TOPS_PER_STREAM,
    resolution: '1080p',
    fps: 30,
    codec: 'h265'
  },
  streams: Math.floor(framesPerSecond / 30),
  inSample
})

export const VIDEO_CASES: VideoCase[] = [
  peopleNet('T4', 'nvidia-t4-16gb', 912, true),
  peopleNet('L4', 'nvidia-l4-24gb', 1674),
  peopleNet('A30', 'nvidia-a30-24gb', 3273),
  peopleNet('H100 (PCIe card)', 'nvidia-h100-pcie-80gb', 6920),
  peopleNet('Jetson AGX Orin', 'nvidia-jetson-agx-orin-64gb', 970),
  ds70('T4', 'nvidia-t4-16gb', 'h264', 31, false),
  ds70('T4', 'nvidia-t4-16gb', 'h265', 45, true),
  ds70('A30', 'nvidia-a30-24gb', 'h264', 98, true),
  ds70('A30', 'nvidia-a30-24gb', 'h265', 150, true),
  ds70('Jetson AGX Orin', 'nvidia-jetson-agx-orin-64gb', 'h264', 15, true),
  ds70('Jetson AGX Orin', 'nvidia-jetson-agx-orin-64gb', 'h265', 37, true),
  ds70('H100 (PCIe card)', 'nvidia-h100-pcie-80gb', 'h264', 148, true),
  ds70('H100 (PCIe card)', 'nvidia-h100-pcie-80gb', 'h265', 229, true),
  // One 310P chip (Atlas 300I Pro; Atlas 300I Duo = two chips); the catalog holds its 1080p30
  // figure (2880 ÷ 30 = 96), so only the other resolutions and frame rates are predictions.
  vdec('CANN85', 'Atlas 300I Pro (310P)', 'huawei-atlas-300i-pro', '4k', 30, 720),
  vdec('CANN85', 'Atlas 300I Pro (310P)', 'huawei-atlas-300i-pro', '720p', 30, 5760),
  vdec('CANN85', 'Atlas 300I Pro (310P)', 'huawei-atlas-300i-pro', '720p', 25, 5760),
  vdec('CANN85', 'Atlas 300I Pro (310P)', 'huawei-atlas-300i-pro', '1080p', 25, 2880),
  vdec('CANN85', 'Atlas 300I Pro (310P)', 'huawei-atlas-300i-pro', '4k', 25, 720),
  vdec('CANN85', 'Atlas 300I Duo (2 × 310P)', 'huawei-atlas-300i-duo', '4k', 30, 2 * 720),
  vdec('CANN85', 'Atlas 300I Duo (2 × 310P)', 'huawei-atlas-300i-duo', '720p', 30, 2 * 5760),
  // One Ascend 310 chip (Atlas 200/300/500); Atlas 300I model 3000 = four chips.
  vdec('CANN80', 'Ascend 310', 'huawei-ascend-310', '4k', 30, 120),
  vdec('CANN80', 'Ascend 310', 'huawei-ascend-310', '720p', 30, 960),
  vdec('CANN80', 'Ascend 310', 'huawei-ascend-310', '1080p', 25, 480),
  vdec('CANN80', 'Atlas 300I 3000 (4 × 310)', 'huawei-atlas-300i-3000', '4k', 30, 4 * 120),
  vdec('CANN80', 'Atlas 300I 3000 (4 × 310)', 'huawei-atlas-300i-3000', '720p', 30, 4 * 960)
]
