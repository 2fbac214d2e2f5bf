import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lateModule, useArrived } from './lazy-with-preload';

function Greeting({ module }: { module: ReturnType<typeof lateModule<{ word: string }>> }) {
  const arrived = useArrived(module);
  return <p>{arrived ? arrived.word : 'plain'}</p>;
}

describe('useArrived', () => {
  it('renders without the module, asks for it once, and re-renders with it when it arrives', async () => {
    let arrive!: (module: { word: string }) => void;
    const load = vi.fn(() => new Promise<{ word: string }>((resolve) => (arrive = resolve)));
    const module = lateModule(load);
    render(
      <>
        <Greeting module={module} />
        <Greeting module={module} />
      </>,
    );
    expect(screen.getAllByText('plain')).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => arrive({ word: 'fancy' }));
    expect(screen.getAllByText('fancy')).toHaveLength(2);
  });

  it('asks again after a failed fetch', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ word: 'fancy' });
    const module = lateModule<{ word: string }>(load);
    await expect(module.preload()).rejects.toThrow('offline');
    await expect(module.preload()).resolves.toEqual({ word: 'fancy' });
    expect(module.current()).toEqual({ word: 'fancy' });
  });
});
