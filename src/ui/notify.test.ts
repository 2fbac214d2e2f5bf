import { describe, expect, it } from 'vitest';
import { anyNoticeTold, notify, showNotices, subscribeToFirstNotice, type Notice } from './notify';

const saved: Notice = { title: 'Renamed to "Contoso"', intent: 'success' };
const failed: Notice = { title: 'Contoso was not deleted', body: 'Request ID: 1', intent: 'error', timeout: 15_000 };

describe('notify', () => {
  it('keeps notices told before the toaster is there, and shows them in order when it comes', () => {
    let woken = 0;
    const stop = subscribeToFirstNotice(() => woken++);
    expect(anyNoticeTold()).toBe(false);
    notify(saved);
    notify(failed);
    stop();
    expect(woken).toBe(1);
    expect(anyNoticeTold()).toBe(true);

    const shown: Notice[] = [];
    const release = showNotices((notice) => shown.push(notice));
    expect(shown).toEqual([saved, failed]);

    notify(saved);
    expect(shown).toEqual([saved, failed, saved]);
    release();
  });

  it('keeps notices again once the toaster is gone, for the next one', () => {
    const first: Notice[] = [];
    showNotices((notice) => first.push(notice))();
    notify(failed);
    expect(first).toEqual([]);
    const second: Notice[] = [];
    showNotices((notice) => second.push(notice))();
    expect(second).toEqual([failed]);
  });
});
