import { describe, expect, it } from 'vitest';
import { formatCount, formatCountOf } from './format-count';

describe('formatCount', () => {
  it('groups thousands with commas whatever the browser’s locale, as every test reads them', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(3000)).toBe('3,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('formatCountOf', () => {
  it('says the noun in the singular for one only, and groups thousands', () => {
    expect(formatCountOf(1, 'app')).toBe('1 app');
    expect(formatCountOf(0, 'app')).toBe('0 apps');
    expect(formatCountOf(1200, 'license')).toBe('1,200 licenses');
    expect(formatCountOf(2, 'person', 'people')).toBe('2 people');
  });
});
