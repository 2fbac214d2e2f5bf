import { describe, expect, it } from 'vitest';
import { targetRowIndex } from './grid-keys';

describe('targetRowIndex', () => {
  it.each([
    ['ArrowDown', 5, 6],
    ['ArrowUp', 5, 4],
    ['ArrowDown', 99, 99],
    ['ArrowUp', 0, 0],
    ['PageDown', 5, 15],
    ['PageDown', 95, 99],
    ['PageUp', 5, 0],
    ['Home', 50, 0],
    ['End', 50, 99],
  ])('%s from row %d goes to row %d of 100', (key, from, to) => {
    expect(targetRowIndex(key, from, 100, 10)).toBe(to);
  });

  it('ignores keys that do not move between rows, and an empty grid', () => {
    expect(targetRowIndex('Enter', 3, 100, 10)).toBeUndefined();
    expect(targetRowIndex('ArrowDown', 0, 0, 10)).toBeUndefined();
  });

  it('moves at least one row per page even when nothing fits', () => {
    expect(targetRowIndex('PageDown', 3, 100, 0)).toBe(4);
  });
});
