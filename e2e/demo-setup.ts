/** Builds the demo once for the run; each worker then serves it with a simulator of its own (fixtures.ts). */
import { demoDistDir } from './ports';
import { finished, runVite } from './servers';

export default async function buildDemo() {
  await finished(runVite(['build', '--mode', 'demo', '--outDir', demoDistDir, '--emptyOutDir', '--logLevel', 'warn']), 'vite build --mode demo');
}
