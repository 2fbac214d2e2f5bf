// ISO 3166-1 alpha-2, all 249 officially assigned codes. Names come from Intl.DisplayNames, so the
// list stays short and the names match what the browser shows elsewhere.
const codes = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
`;

export const countryCodes: readonly string[] = codes.trim().split(/\s+/);

export type Country = { code: string; name: string };

const known = new Set(countryCodes);

function namer(): ((code: string) => string | undefined) | undefined {
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return (code) => names.of(code);
  } catch {
    return undefined;
  }
}

const nameOf = namer();

/** The English name for a code, any case; an unknown code comes back uppercased. */
export function countryName(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!known.has(upper)) return upper;
  return nameOf?.(upper) ?? upper;
}

/** Every country, sorted by name as an admin scans a picker. */
export const countries: readonly Country[] = countryCodes
  .map((code) => ({ code, name: countryName(code) }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

/**
 * Countries matching the query by code or by name, accents ignored ("cote" finds Côte d'Ivoire).
 * An exact code comes first, then names that start with the query, then the rest.
 */
export function searchCountries(query: string): Country[] {
  const wanted = fold(query);
  if (wanted === '') return [...countries];
  const rank = (country: Country): number => {
    const name = fold(country.name);
    if (country.code.toLowerCase() === wanted) return 0;
    if (name.startsWith(wanted)) return 1;
    if (name.split(/[\s\-(),.]+/).some((word) => word.startsWith(wanted))) return 2;
    if (name.includes(wanted)) return 3;
    return -1;
  };
  return countries
    .map((country) => ({ country, rank: rank(country) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map(({ country }) => country);
}

function fold(text: string): string {
  return text
    .trim()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’']/g, "'")
    .toLowerCase();
}
