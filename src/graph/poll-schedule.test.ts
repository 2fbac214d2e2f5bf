import { describe, expect, it } from 'vitest';
import { nextPollDelay, renewalPolling, syncPolling, type PollSchedule } from './poll-schedule';

/** The waits a poll goes through when every check answers at once. */
function allDelays(schedule: PollSchedule): number[] {
  const delays: number[] = [];
  let elapsed = 0;
  for (let attempt = 0; ; attempt++) {
    const delay = nextPollDelay(schedule, attempt, elapsed);
    if (delay === undefined) return delays;
    delays.push(delay);
    elapsed += delay;
  }
}

describe('nextPollDelay', () => {
  it('waits 1 s, then doubles to 8 s and stays there', () => {
    expect([0, 1, 2, 3, 4, 5].map((attempt) => nextPollDelay(syncPolling, attempt, 0))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('checks a sync for two minutes, the last check exactly at the limit', () => {
    const delays = allDelays(syncPolling);
    expect(delays.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(delays.reduce((sum, delay) => sum + delay, 0)).toBe(120_000);
    // 15 s in the first four checks, then 13 checks 8 s apart, and a last one cut to the remaining 1 s.
    expect(delays).toHaveLength(18);
    expect(delays.at(-1)).toBe(1000);
  });

  it('gives a renewal a minute', () => {
    expect(allDelays(renewalPolling).reduce((sum, delay) => sum + delay, 0)).toBe(60_000);
  });

  it('stops once the time limit is reached or passed, also when checks were slow', () => {
    expect(nextPollDelay(syncPolling, 3, 120_000)).toBeUndefined();
    expect(nextPollDelay(syncPolling, 0, 150_000)).toBeUndefined();
    expect(nextPollDelay(syncPolling, 1, 119_500)).toBe(500);
  });

  it('does not overflow after very many attempts', () => {
    expect(nextPollDelay(syncPolling, 5000, 0)).toBe(8000);
  });
});
