import { type Dataset, type DatasetOptions, generateDataset } from "./data/generate-dataset.js";
import {
  type LeverSandbox,
  type LeverSandboxOptions,
  startLeverSandbox,
} from "./lever/start-lever-sandbox.js";
import {
  type OomnitzaSandbox,
  type OomnitzaSandboxOptions,
  startOomnitzaSandbox,
} from "./oomnitza/start-oomnitza-sandbox.js";
import type { SandboxTenant } from "./oomnitza/tenant-variant.js";

/** Options of `startSandbox`: shared data options plus per-server ones. */
export interface SandboxOptions {
  /** Seed of the data and of the fault sequence (default 1). */
  seed?: number;
  /** Number of Lever users (default 250). */
  leverUsers?: number;
  /** Reference time of the data in ms (see `generateDataset`). */
  now?: number;
  /** Every dataset option (role mix, shares of seeded Oomnitza people, custom fields, a Lever SaaS app...). */
  data?: DatasetOptions;
  /** A ready dataset instead of generating one. */
  dataset?: Dataset;
  /** The Oomnitza tenant to imitate (default `standard`); same as `oomnitza.tenant`. */
  tenant?: SandboxTenant;
  lever?: Omit<LeverSandboxOptions, "dataset" | "data">;
  oomnitza?: Omit<OomnitzaSandboxOptions, "dataset" | "data">;
}

/** Both servers started from one dataset. */
export interface Sandbox {
  lever: LeverSandbox;
  oomnitza: OomnitzaSandbox;
  dataset: Dataset;
  close(): Promise<void>;
}

/** Starts the Lever and Oomnitza sandboxes with matching seeded data (the Oomnitza tenant holds some of the Lever people). */
export async function startSandbox(o: SandboxOptions = {}): Promise<Sandbox> {
  const { lever: leverOptions, oomnitza: oomnitzaOptions, data } = o;
  const defined = Object.fromEntries(
    Object.entries({ seed: o.seed, leverUsers: o.leverUsers, now: o.now }).filter(([, v]) => v !== undefined),
  );
  const dataset = o.dataset ?? generateDataset({ ...data, ...defined });
  const lever = await startLeverSandbox({ ...leverOptions, dataset });
  try {
    const oomnitza = await startOomnitzaSandbox({
      ...oomnitzaOptions,
      ...(o.tenant ? { tenant: o.tenant } : {}),
      dataset,
    });
    return {
      lever,
      oomnitza,
      dataset,
      close: async () => void (await Promise.all([lever.close(), oomnitza.close()])),
    };
  } catch (error) {
    await lever.close();
    throw error;
  }
}
