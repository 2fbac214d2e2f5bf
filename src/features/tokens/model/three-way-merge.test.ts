import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeServerIntoForm, sentStillAwaited, type SentSave } from './three-way-merge';
import { buildPatch } from './patch';
import { sameFieldValue } from './token-fields';
import { applyPendingPatches } from './pending';
import { editableTokenFields, editsFromToken, type EditableTokenField, type TokenEdits, type TokenPatch } from './token-fields';

const base: TokenEdits = {
  displayName: 'Contoso',
  appleId: 'vpp@contoso.com',
  countryOrRegion: 'us',
  vppTokenAccountType: 'business',
  automaticallyUpdateApps: false,
  dataSharingConsentGranted: false,
  claimTokenManagementFromExternalMdm: false,
  roleScopeTagIds: ['0'],
};

describe('mergeServerIntoForm', () => {
  it('moves a field the admin has not edited to the new server value', () => {
    const result = mergeServerIntoForm({ values: base, reference: base, server: { ...base, displayName: 'Renamed elsewhere' }, sent: [] });
    expect(result.values.displayName).toBe('Renamed elsewhere');
    expect(result.reference.displayName).toBe('Renamed elsewhere');
    expect(result.conflicts).toEqual([]);
  });

  it('keeps an edited field and flags a conflict when the server changed it to something else', () => {
    const values = { ...base, displayName: 'Mine' };
    const result = mergeServerIntoForm({ values, reference: base, server: { ...base, displayName: 'Theirs' }, sent: [] });
    expect(result.values.displayName).toBe('Mine');
    expect(result.conflicts).toEqual(['displayName']);
  });

  it('does not call the echo of one of the admin’s own earlier saves a conflict', () => {
    // Save A sent "First"; the admin then typed "Second" and saved again; A's answer arrives.
    const values = { ...base, displayName: 'Second' };
    const result = mergeServerIntoForm({
      values,
      reference: base,
      server: { ...base, displayName: 'First' },
      sent: [{ displayName: 'First' }, { displayName: 'Second' }],
    });
    expect(result.values.displayName).toBe('Second');
    expect(result.reference.displayName).toBe('First');
    expect(result.conflicts).toEqual([]);
  });

  it('keeps a value the admin saved back to the old server value when their earlier save’s answer arrives', () => {
    // Save A turned updates on; the admin turned them off again and saved B; A's answer arrives.
    const result = mergeServerIntoForm({
      values: base,
      reference: base,
      server: { ...base, automaticallyUpdateApps: true },
      sent: [{ automaticallyUpdateApps: true }, { automaticallyUpdateApps: false }],
    });
    expect(result.values.automaticallyUpdateApps).toBe(false);
    expect(result.reference.automaticallyUpdateApps).toBe(true);
    expect(result.conflicts).toEqual([]);
  });

  it('still moves a field the admin has not edited when the server takes a value the form never sent', () => {
    const result = mergeServerIntoForm({
      values: base,
      reference: base,
      server: { ...base, displayName: 'Renamed elsewhere' },
      sent: [{ displayName: 'First' }, { displayName: 'Contoso' }],
    });
    expect(result.values.displayName).toBe('Renamed elsewhere');
    expect(result.conflicts).toEqual([]);
  });

  it('keeps a typed edit when the server value does not move, as after a failed save', () => {
    const values = { ...base, automaticallyUpdateApps: true };
    const result = mergeServerIntoForm({ values, reference: base, server: base, sent: [{ automaticallyUpdateApps: true }] });
    expect(result.values.automaticallyUpdateApps).toBe(true);
    expect(result.reference.automaticallyUpdateApps).toBe(false);
  });

  it('settles an edited field once the server holds the admin’s value', () => {
    const values = { ...base, roleScopeTagIds: ['0', '2'] };
    const result = mergeServerIntoForm({ values, reference: base, server: { ...base, roleScopeTagIds: ['2', '0'] }, sent: [] });
    expect(result.reference.roleScopeTagIds).toEqual(['2', '0']);
    expect(result.conflicts).toEqual([]);
  });

  it('treats whitespace around a name and the case of a country code as the same value', () => {
    const values = { ...base, displayName: ' Contoso ', countryOrRegion: 'US' };
    const result = mergeServerIntoForm({ values, reference: base, server: { ...base, appleId: 'new@contoso.com' }, sent: [] });
    expect(result.values.appleId).toBe('new@contoso.com');
    expect(result.conflicts).toEqual([]);
  });
});

describe('sentStillAwaited', () => {
  const pending: SentSave = { patch: { displayName: 'A' }, state: 'pending' };
  const settled: SentSave = { patch: { displayName: 'B' }, state: 'settled' };
  const unanswered: SentSave = { patch: { displayName: 'C' }, state: 'unanswered' };

  it('forgets a settled save after the merge that follows it, keeping saves still on their way', () => {
    expect(sentStillAwaited([pending, settled], { serverMoved: false })).toEqual([pending]);
  });

  it('keeps an unanswered save until a new server value, the read that tells whether it happened, has been merged', () => {
    expect(sentStillAwaited([unanswered, pending], { serverMoved: false })).toEqual([unanswered, pending]);
    expect(sentStillAwaited([unanswered, pending], { serverMoved: true })).toEqual([pending]);
  });

  it('lets a colleague setting a field to a value this form saved earlier show as a conflict once that save is forgotten', () => {
    const sent = sentStillAwaited([{ patch: { displayName: 'First' }, state: 'settled' }], { serverMoved: true });
    const values = { ...base, displayName: 'Second' };
    const result = mergeServerIntoForm({ values, reference: base, server: { ...base, displayName: 'First' }, sent: sent.map((save) => save.patch) });
    expect(result.conflicts).toEqual(['displayName']);
  });
});

// A model of the save flow in DESIGN.md ("Data flow of a save"), wired as use-token-editor and
// update-token wire it: two saves A then B on one token in one mutation scope, a query cache
// refreshed by refetches, the displayed value being the cache with pending patches laid over it, and
// an open form that runs mergeServerIntoForm whenever the cache (Graph's own value) changes and then
// forgets the saves that can echo no more (sentStillAwaited), as the editor does.

type Outcome = 'ok' | 'rejected' | 'lost'; // lost: the server applied it, but the answer never arrived
type SaveName = 'A' | 'B';
type Save = {
  name: SaveName;
  outcome: Outcome;
  form: TokenEdits;
  state: 'idle' | 'skipped' | 'pending' | 'served' | 'settled';
  patch: TokenPatch;
  answer?: VppToken;
};
type Fetch = { served: false } | { served: true; snapshot: VppToken };
type World = {
  initial: VppToken;
  server: VppToken;
  cache: VppToken;
  saves: [Save, Save];
  fetch: Fetch | null;
  backgroundRefetches: number;
  /** The open form: the admin's values, the merge's reference, and the saves whose answers it still awaits. */
  form: TokenEdits;
  reference: TokenEdits;
  sent: SentSave[];
  conflicts: EditableTokenField[];
  /** Saves that failed since the admin last typed; their values must stay in the form. */
  failures: Save[];
  /** Fields whose value a successful save confirmed, and which must never flip back. */
  committed: Map<EditableTokenField, unknown>;
  /** Fields a lost save may have changed on the server behind the app's back. */
  uncertain: Set<EditableTokenField>;
};
type Event = `create:${SaveName}` | `serve:${SaveName}` | `settle:${SaveName}` | 'refetch:start' | 'refetch:serve' | 'refetch:arrive';

const maxBackgroundRefetches = 2;

function newWorld(initial: TokenEdits, forms: [TokenEdits, TokenEdits], outcomes: [Outcome, Outcome]): World {
  const server: VppToken = { id: 't1', organizationName: 'Contoso', ...initial };
  const save = (name: SaveName, index: 0 | 1): Save => ({ name, outcome: outcomes[index], form: forms[index], state: 'idle', patch: {} });
  return {
    initial: server,
    server,
    cache: server,
    saves: [save('A', 0), save('B', 1)],
    fetch: null,
    backgroundRefetches: 0,
    form: editsFromToken(server),
    reference: editsFromToken(server),
    sent: [],
    conflicts: [],
    failures: [],
    committed: new Map(),
    uncertain: new Set(),
  };
}

const isPending = (save: Save) => save.state === 'pending' || save.state === 'served';
const isDone = (save: Save) => save.state === 'settled' || save.state === 'skipped';
const failedToSave = (save: Save) => save.state === 'settled' && save.outcome !== 'ok';
const fieldsOf = (patch: TokenPatch) => Object.keys(patch) as EditableTokenField[];

function displayed(world: World): VppToken {
  return applyPendingPatches(world.cache, world.saves.filter(isPending).map((save) => save.patch));
}

function enabledEvents(world: World): Event[] {
  const [a, b] = world.saves;
  const events: Event[] = [];
  if (a.state === 'idle') events.push('create:A');
  if (b.state === 'idle' && a.state !== 'idle') events.push('create:B');
  if (a.state === 'pending') events.push('serve:A');
  // One scope: B's request goes out only once A has settled.
  if (b.state === 'pending' && isDone(a)) events.push('serve:B');
  if (a.state === 'served') events.push('settle:A');
  if (b.state === 'served') events.push('settle:B');
  if (world.fetch === null && world.backgroundRefetches < maxBackgroundRefetches) events.push('refetch:start');
  if (world.fetch && !world.fetch.served) events.push('refetch:serve');
  if (world.fetch?.served) events.push('refetch:arrive');
  return events;
}

function saveNamed(world: World, name: SaveName): Save {
  return name === 'A' ? world.saves[0] : world.saves[1];
}

function clone(world: World): World {
  return {
    ...world,
    saves: [{ ...world.saves[0] }, { ...world.saves[1] }],
    sent: world.sent.map((save) => ({ ...save })),
    conflicts: [...world.conflicts],
    failures: [...world.failures],
    committed: new Map(world.committed),
    uncertain: new Set(world.uncertain),
  };
}

type StepCheck = (world: World, before: VppToken, after: VppToken, failed: Save | undefined) => void;

/** Runs one event, checking the given invariants across it; returns the next world. */
function step(current: World, event: Event, checks: readonly StepCheck[]): World {
  const world = clone(current);
  const before = displayed(world);
  const cacheBefore = world.cache;
  let failed: Save | undefined;
  const [kind, which] = event.split(':') as ['create' | 'serve' | 'settle' | 'refetch', string];

  if (kind === 'create') {
    const save = saveNamed(world, which as SaveName);
    // The admin types this save's values into the open form and presses Save.
    world.form = save.form;
    world.failures = [];
    save.patch = buildPatch(editsFromToken(before), save.form);
    // Save is disabled when there is nothing to send.
    save.state = fieldsOf(save.patch).length === 0 ? 'skipped' : 'pending';
    if (save.state === 'pending') {
      world.sent.push({ patch: save.patch, state: 'pending' });
      // onMutate cancels a read already on its way, so its answer cannot land after this save's.
      world.fetch = null;
    }
  } else if (kind === 'serve') {
    const save = saveNamed(world, which as SaveName);
    if (save.outcome !== 'rejected') world.server = { ...world.server, ...save.patch };
    if (save.outcome === 'lost') {
      for (const field of fieldsOf(save.patch)) {
        world.uncertain.add(field);
        world.committed.delete(field);
      }
    }
    save.answer = world.server;
    save.state = 'served';
  } else if (kind === 'settle') {
    const save = saveNamed(world, which as SaveName);
    if (save.outcome === 'ok' && save.answer) {
      // onSuccess: the answer goes into the cache before the save stops being pending, and a refetch
      // in flight is cancelled so its older answer cannot overwrite it.
      world.fetch = null;
      world.cache = save.answer;
      for (const field of fieldsOf(save.patch)) if (!world.uncertain.has(field)) world.committed.set(field, save.patch[field]);
    } else {
      failed = save;
      world.failures.push(save);
    }
    save.state = 'settled';
    // The patch objects are the save's own, so the form's record of this save is found by identity.
    const sent = world.sent.find((entry) => entry.patch === save.patch);
    if (sent) sent.state = save.outcome === 'lost' ? 'unanswered' : 'settled';
    // Invalidate only when no other save for this token is pending; invalidating restarts any fetch.
    if (!world.saves.some(isPending)) world.fetch = { served: false };
  } else if (event === 'refetch:start') {
    world.fetch = { served: false };
    world.backgroundRefetches += 1;
  } else if (event === 'refetch:serve') {
    world.fetch = { served: true, snapshot: world.server };
  } else if (world.fetch?.served) {
    world.cache = world.fetch.snapshot;
    world.fetch = null;
  }

  const serverMoved = world.cache !== cacheBefore;
  if (serverMoved) {
    const next = mergeServerIntoForm({ values: world.form, reference: world.reference, server: editsFromToken(world.cache), sent: world.sent.map((entry) => entry.patch) });
    world.form = next.values;
    world.reference = next.reference;
    world.conflicts.push(...next.conflicts);
  }
  // The editor merges again (a no-op unless the server moved) whenever a save settles, then forgets.
  if (serverMoved || kind === 'settle') world.sent = sentStillAwaited(world.sent, { serverMoved });

  const after = displayed(world);
  for (const check of checks) check(world, before, after, failed);
  return world;
}

const latestPendingWins: StepCheck = (world, _before, shown) => {
  const pending = world.saves.filter(isPending);
  for (const field of editableTokenFields) {
    const latest = pending.filter((save) => field in save.patch).at(-1);
    if (latest) expect(shown[field], `${field} shows save ${latest.name}`).toEqual(latest.patch[field]);
  }
};

const confirmedValuesNeverFlipBack: StepCheck = (world, _before, shown) => {
  const pending = world.saves.filter(isPending);
  for (const [field, value] of world.committed) {
    if (pending.some((save) => field in save.patch)) continue;
    expect(shown[field], `${field} keeps its saved value`).toEqual(value);
  }
};

const failureMovesOnlyItsOwnFields: StepCheck = (_world, before, after, failed) => {
  if (!failed) return;
  const own = new Set(fieldsOf(failed.patch));
  for (const field of editableTokenFields) {
    if (!own.has(field)) expect(after[field], `${field} untouched by the failure of ${failed.name}`).toEqual(before[field]);
  }
};

/** Checked from the failure on, through every later answer and refetch, until the admin types again. */
const failedValuesStayForRetry: StepCheck = (world, _before, shown) => {
  const shownEdits = editsFromToken(shown);
  const retry = buildPatch(shownEdits, world.form);
  for (const failed of world.failures) {
    const later = world.saves.slice(world.saves.indexOf(failed) + 1).filter((save) => save.state !== 'idle');
    for (const field of fieldsOf(failed.patch)) {
      if (later.some((save) => field in save.patch)) continue;
      const typed = failed.patch[field] as TokenEdits[typeof field];
      expect(sameFieldValue(field, world.form[field], typed), `${field} still holds what was typed for ${failed.name}`).toBe(true);
      expect(field in retry, `${field} can be saved again`).toBe(!sameFieldValue(field, shownEdits[field], typed));
    }
  }
};

/** No answer or refetch of the admin's own saves makes the form look edited, unless one of them failed. */
const nothingToSaveUnlessOneFailed: StepCheck = (world, _before, shown) => {
  if (world.failures.length > 0) return;
  expect(buildPatch(editsFromToken(shown), world.form), 'what Save would send').toEqual({});
};

const everyStepCheck = [
  latestPendingWins,
  confirmedValuesNeverFlipBack,
  failureMovesOnlyItsOwnFields,
  failedValuesStayForRetry,
  nothingToSaveUnlessOneFailed,
];

/** Once every save has settled and every fetch has landed. */
function checkQuiet(world: World) {
  expect(world.saves.every(isDone)).toBe(true);
  const shown = displayed(world);
  expect(shown).toEqual(world.server);
  // The server holds exactly the saves it accepted, applied in order.
  let expected = world.initial;
  for (const save of world.saves) if (save.state === 'settled' && save.outcome !== 'rejected') expected = { ...expected, ...save.patch };
  expect(world.server).toEqual(expected);
  if (world.saves.every((save) => save.outcome !== 'lost')) expect(world.conflicts).toEqual([]);
  // Only a save that got no answer may still be awaited, and only while the server has not moved since.
  expect(world.sent.filter((entry) => entry.state !== 'unanswered')).toEqual([]);
}

/** The admin types nothing after the last save, so unless one failed the form ends in step with the server. */
function checkFormClean(world: World) {
  if (world.saves.some(failedToSave)) return;
  const server = editsFromToken(world.server);
  for (const field of editableTokenFields) {
    expect(sameFieldValue(field, world.form[field], server[field]), `${field} in step with the server`).toBe(true);
  }
  expect(buildPatch(editsFromToken(displayed(world)), world.form)).toEqual({});
}

function runToQuiet(world: World, choices: readonly number[], checks: readonly StepCheck[]): World {
  let current = world;
  for (let turn = 0; ; turn += 1) {
    const events = enabledEvents(current);
    if (events.length === 0) return current;
    const choice = choices[turn] ?? 0;
    current = step(current, events[choice % events.length] as Event, checks);
  }
}

const fieldDomain = fc.record<TokenEdits>({
  displayName: fc.constantFrom('Contoso', 'Lab iPads', ' Lab iPads', ''),
  appleId: fc.constantFrom('vpp@contoso.com', 'it@contoso.com'),
  countryOrRegion: fc.constantFrom('us', 'US', 'de'),
  vppTokenAccountType: fc.constantFrom('business', 'education'),
  automaticallyUpdateApps: fc.boolean(),
  dataSharingConsentGranted: fc.boolean(),
  claimTokenManagementFromExternalMdm: fc.boolean(),
  roleScopeTagIds: fc.uniqueArray(fc.constantFrom('0', '1', '2'), { maxLength: 3 }),
});
const outcome = fc.constantFrom<Outcome>('ok', 'rejected', 'lost');
const scenario = fc.record({
  initial: fieldDomain,
  formA: fieldDomain,
  formB: fieldDomain,
  outcomeA: outcome,
  outcomeB: outcome,
  choices: fc.array(fc.nat({ max: 20 }), { maxLength: 24 }),
});

describe('two saves on one token, with the open form following the server', () => {
  const holdsInEveryRun = (checks: readonly StepCheck[], atQuiet: (world: World) => void = () => {}) =>
    fc.assert(
      fc.property(scenario, ({ initial, formA, formB, outcomeA, outcomeB, choices }) => {
        atQuiet(runToQuiet(newWorld(initial, [formA, formB], [outcomeA, outcomeB]), choices, checks));
      }),
      { numRuns: 400 },
    );

  it('shows the server value once both saves have settled and the last refetch has landed', () => {
    holdsInEveryRun([], checkQuiet);
  });

  it('never lets a failed save move a field it did not touch', () => {
    holdsInEveryRun([failureMovesOnlyItsOwnFields]);
  });

  it('shows, for every field a pending save touches, the value of the latest such save', () => {
    holdsInEveryRun([latestPendingWins]);
  });

  it('never flips a field back after a save confirmed it', () => {
    holdsInEveryRun([confirmedValuesNeverFlipBack]);
  });

  it('keeps what the admin typed for a failed save in the form through later answers and refetches, so Save is enabled for a retry', () => {
    holdsInEveryRun([failedValuesStayForRetry]);
  });

  it('leaves the form in step with the server once every save has succeeded, when the admin typed nothing since', () => {
    holdsInEveryRun([], checkFormClean);
  });

  it('never makes the form look edited while the admin’s own saves arrive, unless one of them failed', () => {
    holdsInEveryRun([nothingToSaveUnlessOneFailed]);
  });

  it('holds all of the above in every order two in-flight saves and a refetch can take, for every mix of outcomes', () => {
    const formA: TokenEdits = { ...base, displayName: 'Lab iPads', automaticallyUpdateApps: true };
    // Typed over A's pending value: turns A's update setting back off, and changes country and tags.
    const formB: TokenEdits = { ...formA, automaticallyUpdateApps: false, countryOrRegion: 'DE', roleScopeTagIds: ['1', '0'] };
    const outcomes: Outcome[] = ['ok', 'rejected', 'lost'];
    let orders = 0;

    const explore = (world: World) => {
      const events = enabledEvents(world).filter((event) => event !== 'refetch:start' || world.backgroundRefetches < 1);
      if (events.length === 0) {
        checkQuiet(world);
        checkFormClean(world);
        orders += 1;
        return;
      }
      for (const event of events) explore(step(world, event, everyStepCheck));
    };

    for (const outcomeA of outcomes) {
      for (const outcomeB of outcomes) {
        const created = step(newWorld(base, [formA, formB], [outcomeA, outcomeB]), 'create:A', everyStepCheck);
        const start = step(created, 'create:B', everyStepCheck);
        expect(start.saves[0].patch).toEqual({ displayName: 'Lab iPads', automaticallyUpdateApps: true });
        expect(start.saves[1].patch).toEqual({ automaticallyUpdateApps: false, countryOrRegion: 'de', roleScopeTagIds: ['1', '0'] });
        explore(start);
      }
    }
    expect(orders).toBeGreaterThan(100);
  });
});
