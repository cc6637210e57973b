import { MAIN_THREAD_SCAVENGE, scavengeOnMainThread } from './gc-threads';

describe('scavengeOnMainThread', () => {
  const run = (execArgv: string[], nodeOptions: string) => {
    const set: string[] = [];
    const applied = scavengeOnMainThread(execArgv, nodeOptions, (flags) => set.push(flags));
    return { applied, set };
  };

  it('turns the parallel scavenge off when the operator did not choose', () => {
    expect(run([], '')).toEqual({ applied: true, set: [MAIN_THREAD_SCAVENGE] });
    expect(run(['--max-old-space-size=4096'], '--max-semi-space-size=64')).toEqual({ applied: true, set: ['--no-parallel-scavenge'] });
  });

  it("leaves the operator's choice, on the command line or in NODE_OPTIONS, either way", () => {
    for (const [execArgv, nodeOptions] of [
      [['--parallel-scavenge'], ''],
      [[], '--max-semi-space-size=64 --parallel-scavenge'],
      [[], '--no-parallel-scavenge'],
      [['--no-parallel_scavenge'], ''],
    ] as [string[], string][]) {
      expect([execArgv, nodeOptions, run(execArgv, nodeOptions)]).toEqual([execArgv, nodeOptions, { applied: false, set: [] }]);
    }
  });
});
