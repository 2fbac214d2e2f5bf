/**
 * The in-memory tenant's tokens. Records keep their creation number (stable list order and keyset
 * paging), a pending sync's completion time and pending revokes: each finishes lazily, when someone
 * next reads the token at or after its time, so there are no timers to keep a process alive and a
 * fake clock drives it in tests.
 */
import { decodeTokenFile } from './token-file.ts';
import { revokeLicensesResult, type VppTokenEntity } from './vpp-token.ts';

export type SyncOutcome = 'completed' | 'failed';

interface StoredToken {
  seq: number;
  entity: VppTokenEntity;
  /** Apple's secret inside the token file; two tokens with the same one are the same location. */
  secret: string | undefined;
  syncCompletesAt?: number;
  syncOutcome?: SyncOutcome;
  revokes: PendingTokenRevoke[];
}

/** A revokeLicenses Apple has not answered yet; its result sits at `index` in tokenActionResults. */
interface PendingTokenRevoke {
  index: number;
  startedAt: number;
  completesAt: number;
  total: number;
  /** Apple's reason when it will refuse; null when it will free the licenses. */
  failure: string | null;
}

function secretOf(entity: VppTokenEntity): string | undefined {
  if (!entity.token) return undefined;
  try {
    return decodeTokenFile(entity.token).token;
  } catch {
    return undefined;
  }
}

export class TokenStore {
  // Map keeps insertion order, which is creation order: the order lists are served in.
  private records = new Map<string, StoredToken>();
  private nextSeq = 1;

  constructor(private readonly now: () => number) {}

  replaceAll(entities: VppTokenEntity[]): void {
    this.records.clear();
    for (const entity of entities) this.insert(entity);
  }

  get size(): number {
    return this.records.size;
  }

  insert(entity: VppTokenEntity): VppTokenEntity {
    const id = entity.id.toLowerCase();
    if (this.records.has(id)) throw new Error(`duplicate id ${id}`);
    this.records.set(id, { seq: this.nextSeq++, entity: structuredClone(entity), secret: secretOf(entity), revokes: [] });
    return this.get(id) as VppTokenEntity;
  }

  /**
   * Stores the entity exactly as given, unchecked: a token already there under its id is replaced in
   * its place in the list. Tests use it for data Graph might send but this simulator would never make.
   */
  put(entity: VppTokenEntity): VppTokenEntity {
    const id = entity.id.toLowerCase();
    const existing = this.records.get(id);
    if (!existing) return this.insert(entity);
    this.records.set(id, { seq: existing.seq, entity: structuredClone(entity), secret: secretOf(entity), revokes: [] });
    return this.get(id) as VppTokenEntity;
  }

  /** A copy, with any sync that has finished by now applied. */
  get(id: string): VppTokenEntity | undefined {
    const record = this.records.get(id.toLowerCase());
    if (!record) return undefined;
    this.settle(record);
    return structuredClone(record.entity);
  }

  all(): VppTokenEntity[] {
    return [...this.records.values()].map((record) => {
      this.settle(record);
      return structuredClone(record.entity);
    });
  }

  /** Up to `top` tokens created after creation number `after`, and whether more follow. */
  page(after: number, top: number): { items: VppTokenEntity[]; lastSeq: number; more: boolean } {
    const items: VppTokenEntity[] = [];
    let lastSeq = after;
    let more = false;
    for (const record of this.records.values()) {
      if (record.seq <= after) continue;
      if (items.length === top) {
        more = true;
        break;
      }
      this.settle(record);
      items.push(structuredClone(record.entity));
      lastSeq = record.seq;
    }
    return { items, lastSeq, more };
  }

  update(id: string, changes: Partial<VppTokenEntity>): VppTokenEntity | undefined {
    const record = this.records.get(id.toLowerCase());
    if (!record) return undefined;
    this.settle(record);
    record.entity = { ...record.entity, ...structuredClone(changes), id: record.entity.id };
    if ('token' in changes) record.secret = secretOf(record.entity);
    return structuredClone(record.entity);
  }

  delete(id: string): boolean {
    return this.records.delete(id.toLowerCase());
  }

  startSync(id: string, durationMs: number, outcome: SyncOutcome): VppTokenEntity | undefined {
    const record = this.records.get(id.toLowerCase());
    if (!record) return undefined;
    this.settle(record);
    record.entity.lastSyncStatus = 'inProgress';
    record.syncCompletesAt = this.now() + durationMs;
    record.syncOutcome = outcome;
    // The action's answer shows the sync as started, even when it finishes at once.
    return structuredClone(record.entity);
  }

  /**
   * Records a revokeLicenses as pending in tokenActionResults; at `completesAt` it becomes done, or
   * failed with `failure`. The licenses themselves are the apps' (AppStore.startTokenRevoke).
   */
  startRevoke(id: string, total: number, completesAt: number, failure: string | null): boolean {
    const record = this.records.get(id.toLowerCase());
    if (!record) return false;
    this.settle(record);
    const startedAt = this.now();
    const results = [...(record.entity.tokenActionResults ?? []), revokeLicensesResult(startedAt, startedAt, total, { state: 'pending' })];
    record.entity.tokenActionResults = results;
    record.revokes.push({ index: results.length - 1, startedAt, completesAt, total, failure });
    return true;
  }

  /** The id of another token whose file carries the same Apple secret, if any. */
  findBySecret(secret: string, exceptId?: string): string | undefined {
    const except = exceptId?.toLowerCase();
    for (const [id, record] of this.records) {
      if (id !== except && record.secret === secret) return record.entity.id;
    }
    return undefined;
  }

  private settle(record: StoredToken): void {
    const now = this.now();
    const due = record.revokes.filter((revoke) => revoke.completesAt <= now);
    if (due.length > 0) {
      record.revokes = record.revokes.filter((revoke) => revoke.completesAt > now);
      const results = [...(record.entity.tokenActionResults ?? [])];
      for (const { index, startedAt, completesAt, total, failure } of due) {
        results[index] = revokeLicensesResult(startedAt, completesAt, total, failure === null ? { state: 'done' } : { state: 'failed', reason: failure });
      }
      record.entity.tokenActionResults = results;
    }
    if (record.syncCompletesAt === undefined || now < record.syncCompletesAt) return;
    record.entity.lastSyncStatus = record.syncOutcome ?? 'completed';
    record.entity.lastSyncDateTime = new Date(record.syncCompletesAt).toISOString();
    delete record.syncCompletesAt;
    delete record.syncOutcome;
  }
}
