import { describe, expect, it } from 'vitest';
import { countries, countryCodes, countryName, searchCountries } from './countries';

describe('country list', () => {
  it('holds all 249 ISO 3166-1 alpha-2 codes, each once', () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    for (const code of countryCodes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('has an English name for every code', () => {
    for (const country of countries) expect(country.name).not.toBe(country.code);
  });

  it('is sorted by name', () => {
    const names = countries.map((country) => country.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('countryName', () => {
  it('names a code in any case', () => {
    expect(countryName('us')).toBe('United States');
    expect(countryName('DE')).toBe('Germany');
    expect(countryName(' jp ')).toBe('Japan');
  });

  it('gives back an unknown code uppercased', () => {
    expect(countryName('zz')).toBe('ZZ');
    expect(countryName('xk')).toBe('XK');
    expect(countryName('')).toBe('');
  });
});

describe('searchCountries', () => {
  it('finds a country by its code, first', () => {
    expect(searchCountries('de')[0]).toEqual({ code: 'DE', name: 'Germany' });
  });

  it('finds a country by the start of its name', () => {
    expect(searchCountries('germ').map((country) => country.code)).toEqual(['DE']);
  });

  it('finds a country by a word inside its name', () => {
    expect(searchCountries('kingdom').map((country) => country.code)).toContain('GB');
  });

  it('ignores accents', () => {
    expect(searchCountries('cote').map((country) => country.code)).toContain('CI');
  });

  it('returns every country for an empty query and none for nonsense', () => {
    expect(searchCountries(' ')).toHaveLength(249);
    expect(searchCountries('qqqq')).toEqual([]);
  });
});
