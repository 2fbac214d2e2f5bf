/**
 * Starting the builds and servers the browser suites run against. Each server is `vite preview`
 * with the Graph simulator mounted under /graph, so each holds a simulator of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const vite = resolve('node_modules/vite/bin/vite.js');

export function runVite(args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, [vite, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function finished(child: ChildProcess, what: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`${what} failed (exit ${code}):\n${stderr}`))));
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // --strictPort makes a port still held by a leftover server fail here, loudly, rather than be shared.
  throw new Error(`${exited ? 'the app server exited before answering' : 'the app server did not answer'} ${url}:\n${stderr()}`);
}

export type Preview = { origin: string; stop: () => void };

/** Serves a build on `port` (and no other) and resolves once it answers. */
export async function startPreview({ outDir, port, env = process.env, mode }: { outDir: string; port: number; env?: NodeJS.ProcessEnv; mode?: string }): Promise<Preview> {
  const origin = `http://localhost:${port}`;
  const preview = runVite(['preview', ...(mode ? ['--mode', mode] : []), '--outDir', outDir, '--port', String(port), '--strictPort'], env);
  let stderr = '';
  preview.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(`[app server ${port}] ${chunk.toString()}`);
  });
  const stop = () => void preview.kill();
  try {
    await waitForServer(`${origin}/config.json`, preview, 60_000, () => stderr);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
