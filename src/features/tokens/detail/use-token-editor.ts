import { zodResolver } from '@hookform/resolvers/zod';
import { useGraphClient } from '../../../graph/graph-context';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useCanWrite } from '../../../auth/auth-context';
import { useUpdateToken } from '../data/update-token';
import { writeOutcome } from '../data/write-policy';
import { buildPatch, describePatch } from '../model/patch';
import { describeSaveFailure, type SaveFailure } from '../model/save-failure';
import { tokenEditSchemaFor } from '../model/token-edit-schema';
import { mergeServerIntoForm, sentStillAwaited, type SentSave } from '../model/three-way-merge';
import { editableTokenFields, editsFromToken, type EditableTokenField, type TokenEdits, type TokenPatch } from '../model/token-fields';

export type SaveProblem = SaveFailure & { error: unknown };

/**
 * The edit form's state: the admin's values, what they would send, and what happened to the last save.
 * `server` is Graph's value; `shown` is that value with pending saves on top, the baseline a patch
 * is built against.
 */
export function useTokenEditor({
  tokenId,
  server,
  shown,
  onSaved,
}: {
  tokenId: string;
  server: VppToken;
  shown: VppToken;
  /** With what the save replaced, so its notice can offer Undo. */
  onSaved: (message: string, before: TokenEdits, patch: TokenPatch) => void;
}) {
  const mutation = useUpdateToken(tokenId);
  const serverEdits = useMemo(() => editsFromToken(server), [server]);
  const shownEdits = useMemo(() => editsFromToken(shown), [shown]);

  const form = useForm<TokenEdits>({
    resolver: zodResolver(tokenEditSchemaFor(useGraphClient().version)),
    defaultValues: serverEdits,
    mode: 'onTouched',
  });
  const reference = useRef(serverEdits);
  const sent = useRef<SentSave[]>([]);
  const mergedServer = useRef(serverEdits);
  // Counts saves settling, so the merge below runs once more after each, and then forgets it.
  const [settledSaves, countSettled] = useState(0);
  const [conflicts, setConflicts] = useState<EditableTokenField[]>([]);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // An account whose token only allows reading starts read-only; a 403 on save gets there too.
  const [readOnly, setReadOnly] = useState(useCanWrite() === false);

  // When Graph's value moves under the open form, untouched fields follow it and edits stay. A save
  // that has settled has had its answer merged by the time this runs, so it is forgotten here.
  useEffect(() => {
    const values = form.getValues();
    const next = mergeServerIntoForm({ values, reference: reference.current, server: serverEdits, sent: sent.current.map((save) => save.patch) });
    reference.current = next.reference;
    for (const field of editableTokenFields) {
      if (next.values[field] !== values[field]) form.setValue(field, next.values[field], { shouldDirty: true });
    }
    if (next.conflicts.length > 0) setConflicts((previous) => [...new Set([...previous, ...next.conflicts])]);
    sent.current = sentStillAwaited(sent.current, { serverMoved: mergedServer.current !== serverEdits });
    mergedServer.current = serverEdits;
  }, [serverEdits, settledSaves, form]);

  const values = useWatch({ control: form.control }) as TokenEdits;
  const patch = useMemo(() => buildPatch(shownEdits, { ...shownEdits, ...values }), [shownEdits, values]);
  const hasChanges = Object.keys(patch).length > 0;

  const save = useCallback(
    () =>
      form.handleSubmit((valid) => {
        const body = buildPatch(shownEdits, valid);
        if (Object.keys(body).length === 0 || readOnly) return;
        const sentSave: SentSave = { patch: body, state: 'pending' };
        sent.current.push(sentSave);
        setProblem(null);
        setConflicts([]);
        mutation.mutateAsync(body).then(
          () => {
            sentSave.state = 'settled';
            countSettled((count) => count + 1);
            onSaved(describePatch(body), shownEdits, body);
          },
          (error: unknown) => {
            sentSave.state = writeOutcome(error) === 'unknown' ? 'unanswered' : 'settled';
            countSettled((count) => count + 1);
            const failure = describeSaveFailure(error);
            setProblem({ ...failure, error });
            if (failure.field) form.setError(failure.field, { type: 'server', message: failure.message });
            if (failure.next === 'readOnly') setReadOnly(true);
          },
        );
      })(),
    [form, shownEdits, readOnly, mutation, onSaved],
  );

  const discard = useCallback(() => {
    form.reset(shownEdits);
    reference.current = serverEdits;
    setConflicts([]);
    setProblem(null);
  }, [form, shownEdits, serverEdits]);

  return { form, patch, hasChanges, save, discard, conflicts, problem, readOnly, setReadOnly };
}
