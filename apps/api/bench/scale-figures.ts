// What one size of the scale bench measured: read by the run and by the report.
import type { OneProfileFigures } from './scale-one-profile';
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
  oneProfile: OneProfileFigures;
}
