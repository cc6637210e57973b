// What one size of the scale bench measured: read by the run and by the report.
import type { RunFigures } from './scale-run';

export interface Size {
  label: string;
  profiles: number;
  offers: number;
  courses: number;
}

export interface SizeFigures {
  size: Size;
  at: string;
  /** ms of machine.ts's fixed task at the start: this machine's speed varies within a day. */
  machineReferenceMs: number;
  loadAverage: [number, number];
  generateS: number;
  insertS: number;
  openListings: number;
  runs: RunFigures[];
  tables: { matchesRows: number; matchesMiB: number; matchStatesMiB: number; databaseMiB: number };
  oneProfile: { samples: number; engineP50: number; engineP95: number; engineCpuP50?: number; engineCpuP95?: number; jobP50: number; jobP95: number; cpuP50: number; cpuP95: number; compileS: number; benchRssMiB: number };
}
