import { sameFieldValue } from './patch';
import { editableTokenFields, type EditableTokenField, type TokenEdits, type TokenPatch } from './token-fields';

export type FormSync = {
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
 * the later choice. Echoes are recognised by value, so a colleague setting a field to a value this
 * form once sent looks like an echo; `sent` holding only unconfirmed saves would remove that doubt.
 */
export function followServer({
  values,
  reference,
  server,
  sent,
}: {
  values: TokenEdits;
  reference: TokenEdits;
  server: TokenEdits;
  /** The patches this form has sent, so their echoes are recognised. */
  sent: readonly TokenPatch[];
}): FormSync {
  const next: FormSync = { values: { ...values }, reference: { ...reference }, conflicts: [] };
  for (const field of editableTokenFields) {
    copyField(next, field, values, reference, server, sent);
  }
  return next;
}

function copyField<F extends EditableTokenField>(
  next: FormSync,
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
