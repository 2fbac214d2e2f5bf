import type { Notice } from '../../../ui/notify';
import { describeCompensation, describeReverted, type Compensation } from './compensating-change';
import { describeSaveFailure } from './save-failure';

/** The result of an Undo ("Undone") or a Revert ("Reverted"), in words. */
export function compensationNotice(done: 'Undone' | 'Reverted', compensation: Compensation): Notice {
  if (!compensation.possible) {
    return { title: `Nothing was ${done.toLowerCase()}`, body: describeCompensation(compensation), intent: 'warning' };
  }
  const alone = compensation.leftAlone.map((item) => `${item.label} left alone: ${item.reason}.`).join(' ');
  return { title: `${done}: ${describeReverted(compensation)}`, body: alone || undefined, intent: alone ? 'warning' : 'success' };
}

/** An Undo or a Revert that Graph refused or did not answer: like any failed save, it rolled back. */
export function compensationFailedNotice(done: 'Undone' | 'Reverted', error: unknown): Notice {
  const title = done === 'Undone' ? 'The undo was not saved' : 'The revert was not saved';
  return { title, body: `${describeSaveFailure(error).title}. The token shows what Graph holds.`, intent: 'error' };
}
