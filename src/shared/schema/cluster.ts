/**
 * The planner's choices for the whole-cluster sizing (network, storage, facility, services).
 * Every field is optional: the core fills each default and shows its source in the
 * derivation (docs/methodology.md, "Whole cluster"), so plans need no version bump.
 */
import { z } from 'zod'

const partId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/)
  .max(100)
const nonNegative = (max: number) => z.number().min(0).max(max)

export const clusterOptionsSchema = z.strictObject({
  /** False: the plan buys accelerators and servers only (no network, storage or facility). */
  enabled: z.boolean().optional(),
  /** Compute fabric switch (network catalog id); default: the server's usual switch. */
  computeSwitch: partId.optional(),
  /** Spine and core switch of the compute fabric when it differs from the leaf; default: the leaf's. */
  computeSpineSwitch: partId.optional(),
  /** Leaf downlinks per uplink; 1 = non-blocking. */
  oversubscription: z.number().min(1).max(8).optional(),
  /** Fabric manager (e.g. UFM) ports on the compute fabric; default 4 on InfiniBand, else 0. */
  fabricManagerPorts: z.number().int().min(0).max(64).optional(),
  /**
   * When one spine tier cannot reach every leaf: true splits the rails into planes, each its
   * own two-tier fabric (DGX SuperPOD B300 RA, Table 3); absent/false adds a core tier.
   */
  spinePlanes: z.boolean().optional(),
  /**
   * True: the compute switches also carry the accelerator servers' north–south ports while both
   * fit on a redundant pair, then a dedicated east–west leaf pair, then leaf/spine (NVIDIA
   * Enterprise RA, converged 2-8-9-400 / 2-8-5-200 / 2-4-3-200); absent/false: sized apart.
   */
  convergedFabric: z.boolean().optional(),
  frontSwitch: partId.optional(),
  oobSwitch: partId.optional(),
  storageClass: partId.optional(),
  /** Datasets kept on the shared storage, terabytes. */
  datasetsTB: nonNegative(1e7).optional(),
  checkpointsKept: z.number().int().min(0).max(1000).optional(),
  /** Target time to write one full checkpoint, seconds. */
  checkpointWriteSeconds: z.number().positive().max(86_400).optional(),
  /** Sustained read bandwidth each accelerator server needs from storage, GB/s. */
  readGBpsPerServer: nonNegative(1000).optional(),
  managementNodes: z.number().int().min(0).max(1000).optional(),
  loginNodes: z.number().int().min(0).max(1000).optional(),
  /** Racks denser than this are liquid cooled, kW. */
  liquidCoolingAboveKW: z.number().positive().max(1000).optional(),
  /** Installation and commissioning as a fraction of the hardware price. */
  installationFraction: nonNegative(1).optional()
})
export type ClusterOptions = z.infer<typeof clusterOptionsSchema>
