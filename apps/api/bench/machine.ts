/** What the benchmarks read of this machine and its processes (Linux /proc). */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * utime + stime of a process, in ms (clock ticks of 10 ms), and with `reaped` those of its ended
 * children it has waited for (cutime + cstime); 0 once it is gone.
 */
export function cpuMs(pid: number | undefined, reaped = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (own + (reaped ? Number(fields[13]) + Number(fields[14]) : 0)) * 10;
  } catch {
    return 0;
  }
}

/** [busy, total, steal] jiffies of the machine (steal: time the hypervisor gave to other machines). */
export function machineJiffies(): [number, number, number] {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = values[3] + values[4];
  const total = values.reduce((a, b) => a + b, 0);
  return [total - idle, total, values[7] ?? 0];
}

/** Peak resident memory of a live process (VmHWM), MiB; null once it is gone. */
export function peakRssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * This machine's speed now: ms for a fixed task on one core (JSON parsed and written again, as
 * the API does all day). Its cores are shared with other virtual machines and their speed varied
 * ~2.5× within a day, so figures of two runs compare only together with this one.
 */
export function machineReference(): number {
  const text = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ id: `x${i}`, n: i, title: `Addetta accoglienza ${i}`, shifts: ['morning'], at: { lat: 45.4 + i / 1e4 } })));
  const start = performance.now();
  for (let i = 0; i < 60; i++) JSON.stringify(JSON.parse(text));
  return Math.round(performance.now() - start);
}
