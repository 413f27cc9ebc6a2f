import { describe, expect, it } from 'vitest';
import { StatementCache, type Statement } from '../../src/lib/db/statements';

/** A fake engine that records prepares and closes; `query` echoes text and params. */
function fakeEngine(failOn = new Set<string>()) {
  const log: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  const engine = {
    log,
    hold(p: Promise<void>) {
      gate = p;
    },
    async prepare(text: string): Promise<Statement<string>> {
      log.push(`prepare ${text}`);
      if (failOn.has(text)) throw new Error(`cannot prepare ${text}`);
      return {
        query: async (...params: unknown[]) => {
          await gate;
          return `${text}:${params.join(',')}`;
        },
        close: async () => {
          log.push(`close ${text}`);
        },
      };
    },
  };
  return engine;
}

describe('StatementCache', () => {
  it('run(text, params) prepares a text once and reuses it with other parameters', async () => {
    const e = fakeEngine();
    const c = new StatementCache((t) => e.prepare(t));
    expect(await c.run('A', [1])).toBe('A:1');
    expect(await c.run('A', [2, 3])).toBe('A:2,3');
    expect(e.log).toEqual(['prepare A']);
  });

  it('run() beyond max closes the least recently used statement', async () => {
    const e = fakeEngine();
    const c = new StatementCache((t) => e.prepare(t), 2);
    await c.run('A', []);
    await c.run('B', []);
    await c.run('A', []); // A is now the most recently used
    await c.run('C', []);
    await Promise.resolve();
    expect(c.size).toBe(2);
    expect(e.log.filter((l) => l.startsWith('close'))).toEqual(['close B']);
  });

  it('an evicted statement still in use is closed only after its query finished', async () => {
    const e = fakeEngine();
    const c = new StatementCache((t) => e.prepare(t), 1);
    let release!: () => void;
    e.hold(new Promise<void>((r) => (release = r)));
    const slow = c.run('A', [1]);
    await new Promise((r) => setTimeout(r, 0));
    e.hold(Promise.resolve());
    await c.run('B', []); // evicts A while A's query is waiting
    expect(e.log).not.toContain('close A');
    release();
    expect(await slow).toBe('A:1');
    await new Promise((r) => setTimeout(r, 0));
    expect(e.log).toContain('close A');
  });

  it('a statement that fails to prepare is not kept: the next run prepares again', async () => {
    const failing = new Set(['X']);
    const e = fakeEngine(failing);
    const c = new StatementCache((t) => e.prepare(t));
    await expect(c.run('X', [])).rejects.toThrow('cannot prepare X');
    failing.clear();
    expect(await c.run('X', [7])).toBe('X:7');
    expect(e.log.filter((l) => l === 'prepare X')).toHaveLength(2);
  });
});
