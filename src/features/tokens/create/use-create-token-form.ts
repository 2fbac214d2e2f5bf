import { zodResolver } from '@hookform/resolvers/zod';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTokenFile } from '../actions/use-token-file';
import { useCreateToken } from '../data/create-token';
import { emptyNewToken, newTokenBody, tokenCreateSchema, type NewToken, type NewTokenForm } from '../model/token-create-schema';

/**
 * The Add token form: the admin's settings in the form, the token file's content with the picker
 * until it is sent. The content is sent once and then forgotten, so a failed add asks for the file again.
 */
export function useCreateTokenForm({ onCreated }: { onCreated: (token: VppToken) => void }) {
  const form = useForm<NewTokenForm, unknown, NewToken>({ resolver: zodResolver(tokenCreateSchema), defaultValues: emptyNewToken, mode: 'onTouched' });
  const picker = useTokenFile();
  const { mutateAsync, reset, isPending } = useCreateToken();
  const [failure, setFailure] = useState<unknown>(null);

  const submit = useCallback(
    () =>
      form.handleSubmit(async (values) => {
        const content = picker.take();
        form.setValue('tokenFile', null);
        if (!content) return;
        setFailure(null);
        try {
          const created = await mutateAsync(newTokenBody(values, content));
          onCreated(created);
        } catch (error) {
          setFailure(error);
          form.setError('tokenFile', { type: 'server', message: 'Choose the file again to retry: it is not kept once sent.' });
        } finally {
          reset();
        }
      })(),
    [form, picker, mutateAsync, reset, onCreated],
  );

  return { form, picker, submit, sending: isPending, failure };
}
