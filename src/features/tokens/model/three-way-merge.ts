import { editableTokenFields, sameFieldValue, type EditableTokenField, type TokenEdits, type TokenPatch } from './token-fields';

export type FormMerge = {
  /** What the form shows: the admin's edits on top of the server's latest values. */
  values: TokenEdits;
  /** The server value each field was last in step with; a field whose value differs from it is the admin's edit. */
  reference: TokenEdits;
  /** Fields the admin edited that the server changed too, to something else, while they were editing. */
  conflicts: EditableTokenField[];
};

/**
 * Brings an open form up to date with a new server value, like a three-way merge: a field the admin
 * has not edited follows the server; an edited field keeps the admin's value. A server change that
 * is one of the admin's own saves arriving is not a conflict. Pending and failed saves never move
 * `reference`, so after a failure the typed value still differs from what is shown and stays savable.
 * A field the admin saved back to its reference value while an earlier save of theirs was on its way
 * is an edit too, though it matches `reference`: otherwise that earlier save's answer would overwrite
 * the later choice. Echoes are recognised by value, so `sent` holds only the saves whose answer the
 * form may still see (see `sentStillAwaited`): otherwise a colleague setting a field to a value this
 * form sent long ago would look like an echo rather than a conflict.
 */
export function mergeServerIntoForm({
  values,
  reference,
  server,
  sent,
}: {
  values: TokenEdits;
  reference: TokenEdits;
  server: TokenEdits;
  /** The patches this form has sent whose answers may still arrive, so their echoes are recognised. */
  sent: readonly TokenPatch[];
}): FormMerge {
  const next: FormMerge = { values: { ...values }, reference: { ...reference }, conflicts: [] };
  for (const field of editableTokenFields) {
    copyField(next, field, values, reference, server, sent);
  }
  return next;
}

function copyField<F extends EditableTokenField>(
  next: FormMerge,
  field: F,
  values: TokenEdits,
  reference: TokenEdits,
  server: TokenEdits,
  sent: readonly TokenPatch[],
) {
  const same = (a: TokenEdits[F], b: TokenEdits[F]) => sameFieldValue(field, a, b);
  if (same(values[field], server[field]) || same(reference[field], server[field])) {
    // In step with the server, or the server did not move: nothing to merge.
    if (same(values[field], server[field])) next.reference[field] = server[field];
    return;
  }
  const sentValues = sent.flatMap((patch) => (patch[field] === undefined ? [] : [patch[field] as TokenEdits[F]]));
  const echoOf = (candidates: readonly TokenEdits[F][]) => candidates.some((value) => same(value, server[field]));
  const latest = sentValues.at(-1);
  const savedBackOverOwnEcho = latest !== undefined && same(values[field], latest) && echoOf(sentValues.slice(0, -1));
  if (same(values[field], reference[field]) && !savedBackOverOwnEcho) {
    next.values[field] = server[field];
    next.reference[field] = server[field];
    return;
  }
  next.reference[field] = server[field];
  if (!echoOf(sentValues)) next.conflicts.push(field);
}

/** A save the form sent, and how far it has got. */
export type SentSave = {
  patch: TokenPatch;
  /**
   * `pending`: on its way. `settled`: Graph stored it or refused it; either way its answer is in the
   * cache before the save stops being pending. `unanswered`: no answer came, so Graph may still show
   * it later, when the token is read again.
   */
  state: 'pending' | 'settled' | 'unanswered';
};

/**
 * The saves a form must still remember, checked right after a merge. A settled save's answer has
 * been merged by then, so it can echo no more; an unanswered one waits for the next server value
 * (the read that tells whether it happened) to be merged.
 */
export function sentStillAwaited(sent: readonly SentSave[], { serverMoved }: { serverMoved: boolean }): SentSave[] {
  return sent.filter((save) => save.state === 'pending' || (save.state === 'unanswered' && !serverMoved));
}
