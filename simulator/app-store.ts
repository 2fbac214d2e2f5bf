/**
 * The tenant's mobileApps and their assigned licenses. `usedLicenseCount` is never stored: it is the
 * number of licenses the app holds, so the two cannot disagree. Licenses are drawn only when first
 * needed (listing them, or revoking one user's or device's), because 30,000 generated apps would
 * otherwise mean millions of objects at every reset.
 *
 * Revokes finish lazily, like syncs in the token store: a revoke records when Apple answers, and
 * whoever next reads the app at or after that time sees the licenses freed (or, when Apple refuses,
 * kept, with the reason in the action result).
 */
import type { NewApp } from './app-catalog.ts';
import { appRevokeResult, drawLicenses, frees, type AppLicense, type RevokeTarget, type StoredApp } from './mobile-app.ts';

interface PendingRevoke {
  target: RevokeTarget;
  startedAt: number;
  completesAt: number;
  total: number;
  /** Apple's reason when it will refuse; null when it will free the licenses. */
  failure: string | null;
  /** Where its result sits in revokeLicenseActionResults; absent for a token's revoke, which the token records. */
  resultIndex?: number;
}

interface AppRecord {
  seq: number;
  /** Lower-case, for lookups. */
  id: string;
  type: string;
  vppTokenId: string | null;
  bundleId: string | null;
  /** Built on first read (see NewApp). */
  built?: StoredApp;
  build: () => StoredApp;
  /** Licenses not drawn yet; once drawn, `licenses` holds them. */
  undrawn?: { users: number; devices: number };
  licenses: AppLicense[];
  pending: PendingRevoke[];
}

/** An app as read: a copy, with how many licenses it holds now. */
export interface AppSnapshot {
  app: StoredApp;
  usedLicenseCount: number;
}

export class AppStore {
  // Ascending creation numbers, for keyset paging by binary search; byId finds one app.
  private order: AppRecord[] = [];
  private byId = new Map<string, AppRecord>();
  private nextSeq = 1;

  constructor(private readonly now: () => number) {}

  replaceAll(apps: readonly NewApp[]): void {
    this.order = [];
    this.byId.clear();
    for (const app of apps) this.insert(app);
  }

  get size(): number {
    return this.order.length;
  }

  /** Takes the app as its own: NewApp builds a fresh object each time. */
  insert({ id, type, vppTokenId, bundleId, users, devices, build }: NewApp): string {
    const key = id.toLowerCase();
    if (this.byId.has(key)) throw new Error(`duplicate app id ${key}`);
    const record: AppRecord = {
      seq: this.nextSeq++,
      id: key,
      type,
      vppTokenId: vppTokenId?.toLowerCase() ?? null,
      bundleId: bundleId?.toLowerCase() ?? null,
      build,
      undrawn: { users, devices },
      licenses: [],
      pending: [],
    };
    this.order.push(record);
    this.byId.set(key, record);
    return id;
  }

  get(id: string): AppSnapshot | undefined {
    const record = this.byId.get(id.toLowerCase());
    return record ? this.snapshot(record) : undefined;
  }

  all(): AppSnapshot[] {
    return this.order.map((record) => this.snapshot(record));
  }

  /** Up to `top` apps that `keep` accepts, created after creation number `after`, and whether more follow. */
  page(after: number, top: number, keep: (type: string) => boolean): { items: AppSnapshot[]; lastSeq: number; more: boolean } {
    const items: AppSnapshot[] = [];
    let lastSeq = after;
    for (let i = this.firstAfter(after); i < this.order.length; i++) {
      const record = this.order[i] as AppRecord;
      if (!keep(record.type)) continue;
      if (items.length === top) return { items, lastSeq, more: true };
      items.push(this.snapshot(record));
      lastSeq = record.seq;
    }
    return { items, lastSeq, more: false };
  }

  /** The app's licenses assigned after license number `after`, up to `top`, drawing them if need be. */
  licenses(id: string, after: number, top: number): { items: AppLicense[]; lastSeq: number; more: boolean } | undefined {
    const record = this.byId.get(id.toLowerCase());
    if (!record) return undefined;
    const licenses = this.drawn(record).filter((license) => license.seq > after);
    const items = licenses.slice(0, top).map((license) => ({ ...license }));
    return { items, lastSeq: items.at(-1)?.seq ?? after, more: licenses.length > top };
  }

  /** Deletes the token's apps, as Intune does when a token is deleted; answers how many. */
  deleteOfToken(tokenId: string): number {
    const token = tokenId.toLowerCase();
    const kept: AppRecord[] = [];
    for (const record of this.order) {
      if (record.vppTokenId === token) this.byId.delete(record.id);
      else kept.push(record);
    }
    const removed = this.order.length - kept.length;
    this.order = kept;
    return removed;
  }

  /** The apps with this bundle id, any case. */
  withBundleId(bundleId: string): AppSnapshot[] {
    const wanted = bundleId.toLowerCase();
    return this.order.filter((record) => record.bundleId === wanted).map((record) => this.snapshot(record));
  }

  /** The token's apps, now. */
  ofToken(tokenId: string): AppSnapshot[] {
    const token = tokenId.toLowerCase();
    return this.order.filter((record) => record.vppTokenId === token).map((record) => this.snapshot(record));
  }

  /**
   * Starts one of the app's own revokes and records it as pending in revokeLicenseActionResults.
   * Answers how many licenses it will free, or undefined when the app holds none for that user or
   * device (nothing to revoke).
   */
  startRevoke(id: string, target: RevokeTarget, completesAt: number, failure: string | null): number | undefined {
    const record = this.byId.get(id.toLowerCase());
    if (!record) return undefined;
    this.settle(record);
    const total = target.kind === 'all' ? this.used(record) : this.drawn(record).filter((license) => frees(target, license)).length;
    if (target.kind !== 'all' && total === 0) return undefined;
    const startedAt = this.now();
    const app = this.app(record);
    const results = [...((app.revokeLicenseActionResults as unknown[] | undefined) ?? [])];
    results.push(appRevokeResult(target, startedAt, startedAt, total, { state: 'pending' }));
    app.revokeLicenseActionResults = results;
    record.pending.push({ target, startedAt, completesAt, total, failure, resultIndex: results.length - 1 });
    return total;
  }

  /** A token's revokeLicenses: every license of each of its apps, freed at `completesAt`. Answers how many. */
  startTokenRevoke(tokenId: string, completesAt: number, failure: string | null): number {
    const token = tokenId.toLowerCase();
    const startedAt = this.now();
    let total = 0;
    for (const record of this.order) {
      if (record.vppTokenId !== token) continue;
      this.settle(record);
      const used = this.used(record);
      total += used;
      record.pending.push({ target: { kind: 'all' }, startedAt, completesAt, total: used, failure });
    }
    return total;
  }

  private firstAfter(seq: number): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.order[middle] as AppRecord).seq <= seq) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private snapshot(record: AppRecord): AppSnapshot {
    this.settle(record);
    return { app: structuredClone(this.app(record)), usedLicenseCount: this.used(record) };
  }

  private app(record: AppRecord): StoredApp {
    record.built ??= record.build();
    return record.built;
  }

  private used(record: AppRecord): number {
    return record.undrawn ? record.undrawn.users + record.undrawn.devices : record.licenses.length;
  }

  private drawn(record: AppRecord): AppLicense[] {
    if (record.undrawn) {
      record.licenses = drawLicenses(record.id, record.undrawn.users, record.undrawn.devices);
      delete record.undrawn;
    }
    return record.licenses;
  }

  /** Applies every revoke Apple has answered by now, in the order they were answered. */
  private settle(record: AppRecord): void {
    if (record.pending.length === 0) return;
    const now = this.now();
    const due = record.pending.filter((revoke) => revoke.completesAt <= now).sort((a, b) => a.completesAt - b.completesAt);
    if (due.length === 0) return;
    record.pending = record.pending.filter((revoke) => revoke.completesAt > now);
    const app = this.app(record);
    const results = [...((app.revokeLicenseActionResults as unknown[] | undefined) ?? [])];
    for (const revoke of due) {
      if (revoke.failure === null) {
        if (revoke.target.kind === 'all') {
          record.licenses = [];
          delete record.undrawn;
        } else {
          const target = revoke.target;
          record.licenses = this.drawn(record).filter((license) => !frees(target, license));
        }
      }
      if (revoke.resultIndex !== undefined) {
        const progress = revoke.failure === null ? { state: 'done' as const } : { state: 'failed' as const, reason: revoke.failure };
        results[revoke.resultIndex] = appRevokeResult(revoke.target, revoke.startedAt, revoke.completesAt, revoke.total, progress);
      }
    }
    app.revokeLicenseActionResults = results;
  }
}
