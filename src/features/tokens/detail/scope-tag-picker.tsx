import { Field, Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from '@fluentui/react-components';
import { useState } from 'react';
import { scopeTagsHint, scopeTagsLabel, type ScopeTagFieldProps } from './scope-tag-field';

/** Scope tag IDs (0 is Default). Intune's tag names need another permission, so the IDs are what is edited. */
export function ScopeTagPicker({ value, onChange, disabled, error }: ScopeTagFieldProps) {
  const [query, setQuery] = useState('');
  const typed = query.trim();
  // Enter takes the first option: with an ID typed, that must be the typed one, so Default (0) is
  // offered only while nothing is typed (or when 0 is what is typed).
  const offered = typed === '' ? ['0'] : /^\d+$/.test(typed) ? [typed] : [];
  const suggestions = offered.filter((id) => !value.includes(id));
  return (
    <Field label={scopeTagsLabel} hint={scopeTagsHint} validationMessage={error}>
      <TagPicker
        disabled={disabled}
        selectedOptions={value}
        onOptionSelect={(_, data) => {
          onChange(data.selectedOptions);
          setQuery('');
        }}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label="Selected scope tags">
            {value.map((id) => (
              <Tag key={id} value={id} shape="rounded" dismissible>
                {id}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput aria-label={scopeTagsLabel} value={query} onChange={(event) => setQuery(event.target.value)} />
        </TagPickerControl>
        <TagPickerList>
          {suggestions.map((id) => (
            <TagPickerOption key={id} value={id} text={id}>
              {id === '0' ? 'Default (0)' : `Scope tag ${id}`}
            </TagPickerOption>
          ))}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
