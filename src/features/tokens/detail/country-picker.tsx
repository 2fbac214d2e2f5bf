import { Combobox, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { countryName, searchCountries } from '../model/countries';

/** Picks a store by typing a country's name or code; the value is the lowercase code Intune stores. */
export function CountryPicker({
  value,
  onChange,
  onBlur,
  disabled,
}: {
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
}) {
  const [query, setQuery] = useState<string | null>(null);
  return (
    <Combobox
      disabled={disabled}
      value={query ?? (value ? countryName(value) : '')}
      selectedOptions={value ? [value.toLowerCase()] : []}
      onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
      onBlur={() => {
        setQuery(null);
        onBlur?.();
      }}
      onOptionSelect={(_, data) => {
        if (data.optionValue) onChange(data.optionValue);
        setQuery(null);
      }}
    >
      {searchCountries(query ?? '').map((country) => (
        <Option key={country.code} value={country.code.toLowerCase()} text={country.name}>
          {`${country.name} (${country.code.toUpperCase()})`}
        </Option>
      ))}
    </Combobox>
  );
}
