/** Knobs the control API turns at run time; a reset puts them back. */
import { badRequest } from './errors.ts';
import { enumMembers } from './metadata.ts';
import type { SyncOutcome } from './store.ts';
import type { WriteLimit } from './write-limit.ts';

export interface SimulatorSettings {
  /** Delay before every Graph (non-control) answer, once per request ($batch counts once). */
  latencyMs: number;
  /** Intune documents 200 with the entity for PATCH but often answers 204; clients must take both. */
  patchAnswers: 200 | 204;
  /** How long a syncLicenses stays inProgress. */
  syncDurationMs: number;
  /** How a sync started from now on ends. */
  syncResult: SyncOutcome;
  /** Intune's write throttling, when a test wants it: more writes than this in the window answer 429. */
  writeLimit: WriteLimit | null;
  /**
   * Where real Graph may differ from what it documents, for the client's fallbacks to be proved:
   * query options it refuses with a 400 naming them, a page size it caps `$top` at (fewer than `$top`
   * come, with a nextLink), and an empty first page that still carries a nextLink.
   */
  refusedQueryOptions: RefusableOption[];
  pageSizeCap: number | null;
  emptyFirstPage: boolean;
  /** How long Apple takes to free licenses after a revoke (any of the token's or the apps' revokes). */
  revokeDelayMs: number;
  /** Apple's reason when revokes started from now on fail (they then free nothing); null: they succeed. */
  revokeFailure: string | null;
  /** How long after a write its auditEvent is listed (Intune's log lags by minutes); the event keeps the write's time. */
  auditDelayMs: number;
}

export const refusableOptions = ['$top', '$select', '$filter'] as const;
export type RefusableOption = (typeof refusableOptions)[number];

/** vppTokenActionFailureReason's members but `none`, from beta's metadata. */
const revokeFailures = enumMembers('beta', 'vppTokenActionFailureReason').filter((reason) => reason !== 'none');

export function defaultSettings(syncDurationMs = 3000, revokeDelayMs = 5000, auditDelayMs = 0): SimulatorSettings {
  return {
    latencyMs: 0,
    patchAnswers: 200,
    syncDurationMs,
    syncResult: 'completed',
    writeLimit: null,
    refusedQueryOptions: [],
    pageSizeCap: null,
    emptyFirstPage: false,
    revokeDelayMs,
    revokeFailure: null,
    auditDelayMs,
  };
}

const MAX_MS = 600_000;

function isMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_MS;
}

/** Validates a partial update and merges it onto `current`. */
export function mergeSettings(current: SimulatorSettings, patch: unknown): SimulatorSettings {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw badRequest('Settings must be a JSON object.');
  }
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    switch (key) {
      case 'latencyMs':
      case 'syncDurationMs':
      case 'revokeDelayMs':
      case 'auditDelayMs':
        if (!isMs(value)) throw badRequest(`Setting '${key}' must be whole milliseconds from 0 to ${MAX_MS}.`);
        next[key] = value;
        break;
      case 'patchAnswers':
        if (value !== 200 && value !== 204) throw badRequest(`Setting 'patchAnswers' must be 200 or 204.`);
        next.patchAnswers = value;
        break;
      case 'syncResult':
        if (value !== 'completed' && value !== 'failed') throw badRequest(`Setting 'syncResult' must be 'completed' or 'failed'.`);
        next.syncResult = value;
        break;
      case 'writeLimit':
        if (value !== null && !isWriteLimit(value)) {
          throw badRequest(`Setting 'writeLimit' must be null or { "writes": 1 or more, "windowMs": milliseconds }.`);
        }
        next.writeLimit = value;
        break;
      case 'refusedQueryOptions':
        if (!Array.isArray(value) || !value.every((option) => (refusableOptions as readonly unknown[]).includes(option))) {
          throw badRequest(`Setting 'refusedQueryOptions' must be a list of ${refusableOptions.join(', ')}.`);
        }
        next.refusedQueryOptions = value as RefusableOption[];
        break;
      case 'pageSizeCap':
        if (value !== null && !(Number.isInteger(value) && (value as number) >= 1)) throw badRequest(`Setting 'pageSizeCap' must be null or a whole number from 1.`);
        next.pageSizeCap = value as number | null;
        break;
      case 'emptyFirstPage':
        if (typeof value !== 'boolean') throw badRequest(`Setting 'emptyFirstPage' must be true or false.`);
        next.emptyFirstPage = value;
        break;
      case 'revokeFailure':
        if (value !== null && !revokeFailures.includes(value as string)) {
          throw badRequest(`Setting 'revokeFailure' must be null or one of ${revokeFailures.join(', ')}.`);
        }
        next.revokeFailure = value as string | null;
        break;
      default:
        throw badRequest(`Unknown setting '${key}'. Known settings: ${Object.keys(current).join(', ')}.`);
    }
  }
  return next;
}

function isWriteLimit(value: unknown): value is WriteLimit {
  const limit = value as Partial<WriteLimit> | null;
  return typeof limit === 'object' && limit !== null && Number.isInteger(limit.writes) && (limit.writes ?? 0) >= 1 && isMs(limit.windowMs);
}
