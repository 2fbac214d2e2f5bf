import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups thousands with commas whatever the browser’s locale, as every test reads them', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(3000)).toBe('3,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});
