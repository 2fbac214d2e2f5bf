import { describe, expect, it } from 'vitest';
import { createWritePacer, waitBeforeWrites } from './write-pacer';

const limit = { writes: 100, windowMs: 20_000 };

describe('waitBeforeWrites', () => {
  it('lets writes go at once while the window has room', () => {
    expect(waitBeforeWrites([], 0, 20, limit)).toBe(0);
    expect(waitBeforeWrites(Array(80).fill(0), 1000, 20, limit)).toBe(0);
  });

  it('waits until the oldest writes leave the 20 s window', () => {
    const sentAt = [...Array(20).fill(0), ...Array(80).fill(5_000)];
    expect(waitBeforeWrites(sentAt, 6_000, 20, limit)).toBe(14_000);
    expect(waitBeforeWrites(sentAt, 6_000, 21, limit)).toBe(19_000);
  });

  it('forgets writes older than the window', () => {
    expect(waitBeforeWrites(Array(100).fill(0), 20_000, 20, limit)).toBe(0);
  });

  it('refuses a group larger than the limit itself', () => {
    expect(() => waitBeforeWrites([], 0, 101, limit)).toThrow(RangeError);
  });
});

describe('createWritePacer', () => {
  it('never lets more than 100 writes into any 20 s window over a run of 300', async () => {
    let now = 0;
    const pacer = createWritePacer(limit, { now: () => now, sleep: async (ms) => void (now += ms) });
    const sends: number[] = [];
    for (let group = 0; group < 15; group++) {
      const answered = await pacer.reserve(20);
      for (let i = 0; i < 20; i++) sends.push(now);
      answered();
    }
    for (const t of sends) {
      expect(sends.filter((s) => s >= t && s < t + 20_000).length).toBeLessThanOrEqual(100);
    }
    // 300 writes at 100 per 20 s need two full waits.
    expect(now).toBe(40_000);
  });
});

describe('a write counted from its answer', () => {
  it('keeps a slow answer inside the window longer, so Graph, counting on arrival, is never over', async () => {
    let now = 0;
    const pacer = createWritePacer({ writes: 20, windowMs: 1000 }, { now: () => now, sleep: async (ms) => void (now += ms) });
    const answered = await pacer.reserve(20);
    now = 300; // Graph took 300 ms to answer
    answered();
    await pacer.reserve(20);
    expect(now).toBe(1300);
  });
});
