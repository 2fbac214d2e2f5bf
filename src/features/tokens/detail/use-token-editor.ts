import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useCanWrite } from '../../../auth/auth-context';
import { dropFromList } from '../api/delete-token';
import { useUpdateToken } from '../api/update-token';
import { followServer } from '../model/form-sync';
import { buildPatch, describePatch } from '../model/patch';
import { describeSaveFailure, type SaveFailure } from '../model/save-failure';
import { tokenEditSchema } from '../model/token-edit-schema';
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
  onSaved: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const mutation = useUpdateToken(tokenId);
  const serverEdits = useMemo(() => editsFromToken(server), [server]);
  const shownEdits = useMemo(() => editsFromToken(shown), [shown]);

  const form = useForm<TokenEdits>({
    resolver: zodResolver(tokenEditSchema),
    defaultValues: serverEdits,
    mode: 'onTouched',
  });
  const reference = useRef(serverEdits);
  const sent = useRef<TokenPatch[]>([]);
  const [conflicts, setConflicts] = useState<EditableTokenField[]>([]);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // An account whose token only allows reading starts read-only; a 403 on save gets there too.
  const [readOnly, setReadOnly] = useState(useCanWrite() === false);

  // When Graph's value moves under the open form, untouched fields follow it and edits stay.
  useEffect(() => {
    const values = form.getValues();
    const next = followServer({ values, reference: reference.current, server: serverEdits, sent: sent.current });
    reference.current = next.reference;
    for (const field of editableTokenFields) {
      if (next.values[field] !== values[field]) form.setValue(field, next.values[field], { shouldDirty: true });
    }
    if (next.conflicts.length > 0) setConflicts((previous) => [...new Set([...previous, ...next.conflicts])]);
  }, [serverEdits, form]);

  const values = useWatch({ control: form.control }) as TokenEdits;
  const patch = useMemo(() => buildPatch(shownEdits, { ...shownEdits, ...values }), [shownEdits, values]);
  const hasChanges = Object.keys(patch).length > 0;

  const save = useCallback(
    () =>
      form.handleSubmit((valid) => {
        const body = buildPatch(shownEdits, valid);
        if (Object.keys(body).length === 0 || readOnly) return;
        sent.current.push(body);
        setProblem(null);
        setConflicts([]);
        mutation.mutateAsync(body).then(
          () => onSaved(describePatch(body)),
          (error: unknown) => {
            const failure = describeSaveFailure(error);
            setProblem({ ...failure, error });
            if (failure.field) form.setError(failure.field, { type: 'server', message: failure.message });
            if (failure.next === 'readOnly') setReadOnly(true);
            if (failure.next === 'deleted') dropFromList(queryClient, tokenId);
          },
        );
      })(),
    [form, shownEdits, readOnly, mutation, onSaved, queryClient, tokenId],
  );

  const discard = useCallback(() => {
    form.reset(shownEdits);
    reference.current = serverEdits;
    setConflicts([]);
    setProblem(null);
  }, [form, shownEdits, serverEdits]);

  return { form, patch, hasChanges, save, discard, conflicts, problem, readOnly, setReadOnly };
}
