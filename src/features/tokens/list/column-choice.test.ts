import { describe, expect, it } from 'vitest';
import { actionsColumnAfter, readColumnWidths, readHiddenColumns, shownColumns, writeColumnWidths, writeHiddenColumns } from './column-choice';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set('vpp-console.list.hidden-columns', initial);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const known = ['name', 'health', 'apps', 'licensesUsed'];

describe('column choice', () => {
  it('keeps the hidden columns per browser and reads them back', () => {
    const storage = memoryStorage();
    writeHiddenColumns(storage, ['apps']);
    expect(readHiddenColumns(storage, known)).toEqual(['apps']);
  });

  it('puts the row actions after the health, or after the name when the health is hidden', () => {
    expect(actionsColumnAfter([{ id: 'name' }, { id: 'health' }, { id: 'apps' }])).toBe('health');
    expect(actionsColumnAfter([{ id: 'name' }, { id: 'apps' }])).toBe('name');
  });

  it('never hides the name, and forgets columns the list no longer has', () => {
    expect(readHiddenColumns(memoryStorage('["name","apps","gone"]'), known)).toEqual(['apps']);
  });

  it('hides the columns hidden by default when nothing was kept or what was kept is unreadable', () => {
    const byDefault = ['apps'];
    expect(readHiddenColumns(memoryStorage(), known, byDefault)).toEqual(['apps']);
    expect(readHiddenColumns(memoryStorage('{oops'), known, byDefault)).toEqual(['apps']);
    expect(readHiddenColumns(memoryStorage('{"apps":true}'), known, byDefault)).toEqual(['apps']);
    expect(readHiddenColumns(undefined, known, byDefault)).toEqual(['apps']);
    expect(readHiddenColumns(memoryStorage(), known)).toEqual([]);
  });

  it('shows a column hidden by default once the admin chose to show it', () => {
    expect(readHiddenColumns(memoryStorage('[]'), known, ['apps'])).toEqual([]);
  });

  it('draws the shown columns in their own order', () => {
    const columns = known.map((id) => ({ id }));
    expect(shownColumns(columns, ['health', 'name']).map((c) => c.id)).toEqual(['name', 'apps', 'licensesUsed']);
  });

  it('keeps the widths the admin dragged columns to, and forgets them on reset', () => {
    const storage = memoryStorage();
    writeColumnWidths(storage, { name: 412.6, apps: 80 });
    expect(readColumnWidths(storage, known)).toEqual({ name: 413, apps: 80 });
    writeColumnWidths(storage, {});
    expect(readColumnWidths(storage, known)).toEqual({});
  });

  it('ignores widths for unknown columns, out of range or unreadable, keeping the rest', () => {
    const storage = memoryStorage();
    storage.setItem('vpp-console.list.column-widths', '{"name":300,"gone":200,"health":5,"apps":"wide","licensesUsed":99999}');
    expect(readColumnWidths(storage, known)).toEqual({ name: 300 });
    storage.setItem('vpp-console.list.column-widths', '[300]');
    expect(readColumnWidths(storage, known)).toEqual({});
    storage.setItem('vpp-console.list.column-widths', '{oops');
    expect(readColumnWidths(storage, known)).toEqual({});
    expect(readColumnWidths(undefined, known)).toEqual({});
  });
});
