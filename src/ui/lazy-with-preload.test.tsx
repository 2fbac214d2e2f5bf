import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lateModule, lazyWithPreload, useArrived } from './lazy-with-preload';

describe('lazyWithPreload', () => {
  const Page = () => <h1>The page</h1>;

  it('renders at once, without its Suspense fallback, once its chunk has been preloaded', async () => {
    const Preloaded = lazyWithPreload(async () => ({ Page }), (m) => m.Page);
    await Preloaded.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Preloaded />
      </Suspense>,
    );
    expect(screen.getByRole('heading').textContent).toBe('The page');
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('shows the fallback while a chunk nobody preloaded arrives, then the page', async () => {
    const Later = lazyWithPreload(async () => ({ Page }), (m) => m.Page);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Later />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    expect(await screen.findByRole('heading')).toBeTruthy();
  });
});

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
