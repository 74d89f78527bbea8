/**
 * Unit conventions, written down once.
 *
 * - Fields named `…GB` are decimal gigabytes (10^9 bytes); `…GiB` are binary (2^30 bytes).
 * - Accelerator memory is the capacity the vendor ships. Vendors write "80 GB" for HBM/GDDR
 *   parts that hold 80 GiB (an "80 GB" A100 reports 81,920 MiB in nvidia-smi; an "24 GB"
 *   RTX 4090 reports 24,564 MiB): DRAM comes in binary sizes. Each card records its
 *   `memoryGB` figure as published and the `memoryUnit` it is meant in (default GiB);
 *   `acceleratorMemoryGB` converts it to decimal GB once, and the usable fraction
 *   (allocator, framework reserve) is applied on top as an assumption.
 * - FLOPs are plain numbers; `…Tflops` / `…Tops` are 10^12 operations per second.
 * - Power in watts (`…W`) or kilowatts (`…KW`); energy in kWh / MWh.
 */
import type { AcceleratorSpec, MemoryUnit, Precision, Resolution } from '../schema/plan'

export const BYTES_PER_GB = 1e9
export const BYTES_PER_GIB = 2 ** 30
export const SECONDS_PER_DAY = 86_400
export const HOURS_PER_DAY = 24
export const HOURS_PER_YEAR = 8_760

/** Storage bytes per element at each precision (tf32 is stored as fp32). */
export const BYTES_PER_ELEMENT: Record<Precision, number> = {
  fp32: 4,
  tf32: 4,
  fp16: 2,
  bf16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5
}

export const RESOLUTION_PIXELS: Record<Resolution, { width: number; height: number }> = {
  '480p': { width: 854, height: 480 },
  '720p': { width: 1280, height: 720 },
  '1080p': { width: 1920, height: 1080 },
  '1440p': { width: 2560, height: 1440 },
  '4k': { width: 3840, height: 2160 }
}

/** Memory sizes cards are sold with (decimal GB as marketed), for `smallestFittingMemoryGB`. */
export const STANDARD_MEMORY_SIZES_GB = [
  2, 4, 6, 8, 10, 11, 12, 16, 20, 24, 32, 40, 48, 64, 80, 94, 96, 128, 141, 180, 192, 256, 288
] as const

export function gbToGiB(gb: number): number {
  return (gb * BYTES_PER_GB) / BYTES_PER_GIB
}

/** Bytes in one unit of a card's published memory figure. */
export const BYTES_PER_MEMORY_UNIT: Record<MemoryUnit, number> = {
  GiB: BYTES_PER_GIB,
  GB: BYTES_PER_GB
}

/** The unit a card's `memoryGB` is meant in (GiB unless the card says otherwise). */
export function memoryUnitOf(spec: Pick<AcceleratorSpec, 'memoryUnit'>): MemoryUnit {
  return spec.memoryUnit ?? 'GiB'
}

/** A card's memory in decimal GB (10^9 bytes), from its published figure and unit. */
export function acceleratorMemoryGB(
  spec: Pick<AcceleratorSpec, 'memoryGB' | 'memoryUnit'>
): number | undefined {
  if (spec.memoryGB === undefined) return undefined
  return (spec.memoryGB * BYTES_PER_MEMORY_UNIT[memoryUnitOf(spec)]) / BYTES_PER_GB
}
