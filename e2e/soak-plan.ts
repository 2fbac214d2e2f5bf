import type { SimulatorFault } from './fixtures';

/**
 * The soak's script, worked out from its seed alone before the browser starts: the same seed gives the
 * same steps, faults and latencies, so a failing run replays with SOAK_SEED.
 */
export type EditField = 'displayName' | 'appleId' | 'automaticallyUpdateApps' | 'vppTokenAccountType';

export type SoakStep = {
  kind: 'open' | 'edit' | 'sync' | 'refresh' | 'back' | 'reload';
  /** Index into the tenant's tokens, for steps that open one (or need one open). */
  token: number;
  field: EditField;
  /** The value an edit types or picks. */
  value: string;
  /** Save with Ctrl+S instead of the button; answer "Leave without saving?" with Stay instead of Leave. */
  keys: boolean;
  /** Armed just before the step; the call it is aimed at may come a little later. */
  fault?: SimulatorFault;
  /** Graph's latency from this step on, when it changes. */
  latencyMs?: number;
  /** How long the admin pauses after the step, so steps overlap calls still on their way. */
  thinkMs: number;
};

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const kinds: [SoakStep['kind'], number][] = [
  ['edit', 45],
  ['open', 20],
  ['back', 15],
  ['sync', 10],
  ['refresh', 8],
  ['reload', 2],
];

// Faults a real tenant sends: retried ones (with Retry-After kept short so the soak stays quick) and refusals.
const faults: Omit<SimulatorFault, 'method' | 'path'>[] = [
  { status: 500, code: 'InternalServerError' },
  { status: 503, code: 'ServiceUnavailable', retryAfter: 0 },
  { status: 503, code: 'ServiceUnavailable', retryAfter: 1 },
  { status: 429, code: 'TooManyRequests', retryAfter: 0 },
  { status: 429, code: 'TooManyRequests', retryAfter: 1 },
  { status: 0 },
  { status: 400, code: 'BadRequest', property: 'displayName' },
  { status: 409, code: 'Conflict' },
  { status: 401, code: 'InvalidAuthenticationToken' },
  { status: 403, code: 'Forbidden' },
];

/** The call each kind of step makes first, which its fault is aimed at. */
const targets: Record<SoakStep['kind'], Pick<SimulatorFault, 'method' | 'path'>> = {
  edit: { method: 'PATCH', path: '/vppTokens/' },
  sync: { method: 'POST', path: '/syncLicenses' },
  open: { method: 'GET', path: '/vppTokens/' },
  refresh: { method: 'GET', path: '/vppTokens' },
  back: { method: 'GET', path: '/vppTokens' },
  reload: { method: 'GET', path: '/vppTokens' },
};

const fields: EditField[] = ['displayName', 'displayName', 'appleId', 'automaticallyUpdateApps', 'vppTokenAccountType'];

export const faultShare = 0.3;

export function soakPlan(seed: number, steps: number, tokenCount: number): SoakStep[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const weighted = () => {
    let roll = random() * kinds.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [kind, weight] of kinds) if ((roll -= weight) < 0) return kind;
    return kinds[0]![0];
  };
  return Array.from({ length: steps }, (_, i): SoakStep => {
    const kind = weighted();
    const field = pick(fields);
    const value =
      field === 'displayName' ? `Soak ${seed}-${i}` : field === 'appleId' ? `soak-${i}@contoso.example` : field === 'vppTokenAccountType' ? pick(['business', 'education']) : '';
    return {
      kind,
      token: Math.floor(random() * tokenCount),
      field,
      value,
      keys: random() < 0.3,
      fault: random() < faultShare ? { ...targets[kind], times: 1, ...pick(faults) } : undefined,
      latencyMs: i % 10 === 0 ? Math.floor(random() * 200) : undefined,
      thinkMs: Math.floor(random() * 150),
    };
  });
}
