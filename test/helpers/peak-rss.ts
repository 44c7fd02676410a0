import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Peak memory of a child process, from inside it: loaded with `node --import` (through
 * NODE_OPTIONS), this module writes the process's peak resident set size (getrusage's
 * ru_maxrss) to the file REPLAY_GATE_PEAK_RSS_FILE names as the process exits. Needs nothing
 * from the machine (no /usr/bin/time), and the measured program runs unchanged.
 */
const target = process.env.REPLAY_GATE_PEAK_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));

/** Environment that makes a node child report its peak RSS into a file under `dir`, and how to read it. */
export function peakRssProbe(dir: string): { env: Record<string, string>; read: () => Promise<number> } {
  const file = path.join(dir, 'peak-rss');
  return {
    env: { NODE_OPTIONS: `--import=${import.meta.url}`, REPLAY_GATE_PEAK_RSS_FILE: file },
    read: async () => Number(await readFile(file, 'utf8')),
  };
}
