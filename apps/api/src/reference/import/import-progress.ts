import type { ImportProgress } from './reference-import.service';

/**
 * Progress for the terminal: a redrawn bar on a TTY, else one plain line per source and per
 * quarter of a large file (CI logs stay short).
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (p: ImportProgress) => void;
  done: () => void;
} {
  const tty = stream.isTTY === true;
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  let lastKey = '';
  let lastQuarter = -1;
  let lastDraw = 0;
  return {
    onProgress(p) {
      const key = `${p.phase}:${p.source}`;
      const fraction = p.size > 0 ? Math.min(1, p.bytes / p.size) : 1;
      const label = p.phase === 'read' ? `read ${p.index + 1}/${p.count} ${p.source}` : `merge ${p.index + 1}/${p.count} ${p.source}`;
      if (tty) {
        const now = Date.now();
        if (key === lastKey && now - lastDraw < 100 && fraction < 1) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${label}`);
      } else {
        const quarter = Math.floor(fraction * 4);
        if (key !== lastKey) {
          lastQuarter = quarter;
          stream.write(`${elapsed().padStart(7)}  ${label}\n`);
        } else if (p.phase === 'read' && quarter > lastQuarter && p.size > 1_000_000) {
          lastQuarter = quarter;
          stream.write(`${elapsed().padStart(7)}    ${p.source} ${quarter * 25}%\n`);
        }
      }
      lastKey = key;
    },
    done() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}
