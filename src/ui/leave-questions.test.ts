import { afterEach, describe, expect, it, vi } from 'vitest';
import { addLeaveQuestion, confirmLeaving, leavingAgreed, stayedAfterAll } from './leave-questions';

describe('leave questions', () => {
  const removals: (() => void)[] = [];
  const add = (question: () => Promise<boolean>) => removals.push(addLeaveQuestion(question));
  afterEach(() => {
    removals.splice(0).forEach((remove) => remove());
    stayedAfterAll();
  });

  it('lets the admin leave at once when nothing would be lost', async () => {
    expect(await confirmLeaving()).toBe(true);
  });

  it('asks each guard in turn and stops at the first Stay', async () => {
    const second = vi.fn(async () => true);
    add(async () => false);
    add(second);
    expect(await confirmLeaving()).toBe(false);
    expect(second).not.toHaveBeenCalled();
    expect(leavingAgreed()).toBe(false);
  });

  it('remembers a Leave, so closing the page does not ask again, until the departure did not happen', async () => {
    add(async () => true);
    expect(await confirmLeaving()).toBe(true);
    expect(leavingAgreed()).toBe(true);
    stayedAfterAll();
    expect(leavingAgreed()).toBe(false);
  });

  it('asks nothing of a guard that was removed', async () => {
    const question = vi.fn(async () => false);
    addLeaveQuestion(question)();
    expect(await confirmLeaving()).toBe(true);
    expect(question).not.toHaveBeenCalled();
  });
});
