import { Field, Input } from '@fluentui/react-components';
import { lateModule, useArrived } from '../../../ui/lazy-with-preload';

export const scopeTagsLabel = 'Scope tags';
export const scopeTagsHint = 'Type a scope tag ID and press Enter. 0 is Default.';

export type ScopeTagFieldProps = {
  value: string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
  error?: string;
};

// Fluent's TagPicker is about a twentieth of what a token's page downloads before its form can be
// edited, for the field admins change least: it is asked for as the form mounts and never holds it up.
const picker = lateModule(() => import('./scope-tag-picker'));

/** The token's scope tags: the picker once its code is here, the tags as they are (not yet editable) until then. */
export function ScopeTagField(props: ScopeTagFieldProps) {
  const arrived = useArrived(picker);
  if (arrived) return <arrived.ScopeTagPicker {...props} />;
  return (
    <Field label={scopeTagsLabel} hint={scopeTagsHint} validationMessage={props.error}>
      <Input disabled value={props.value.join(', ')} />
    </Field>
  );
}
