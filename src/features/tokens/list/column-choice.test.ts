import { describe, expect, it } from 'vitest';
import { readHiddenColumns, shownColumns, writeHiddenColumns } from './column-choice';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set('vpp-console.list.hidden-columns', initial);
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

const known = ['name', 'health', 'apps', 'licensesUsed'];

describe('column choice', () => {
  it('keeps the hidden columns per browser and reads them back', () => {
    const storage = memoryStorage();
    writeHiddenColumns(storage, ['apps']);
    expect(readHiddenColumns(storage, known)).toEqual(['apps']);
  });

  it('never hides the name, and forgets columns the list no longer has', () => {
    expect(readHiddenColumns(memoryStorage('["name","apps","gone"]'), known)).toEqual(['apps']);
  });

  it('shows every column when nothing was kept or what was kept is unreadable', () => {
    expect(readHiddenColumns(memoryStorage(), known)).toEqual([]);
    expect(readHiddenColumns(memoryStorage('{oops'), known)).toEqual([]);
    expect(readHiddenColumns(memoryStorage('{"apps":true}'), known)).toEqual([]);
    expect(readHiddenColumns(undefined, known)).toEqual([]);
  });

  it('draws the shown columns in their own order', () => {
    const columns = known.map((id) => ({ id }));
    expect(shownColumns(columns, ['health', 'name']).map((c) => c.id)).toEqual(['name', 'apps', 'licensesUsed']);
  });
});
