/**
 * The fifty US states and the District of Columbia with the abbreviations the US press writes
 * them in: the wire style's short forms ("Calif.", "N.C.") and the postal codes ("CA", "NC").
 */

/** Name, postal code, and the wire style's short forms (none where the style spells the name out). */
const STATES: readonly (readonly [name: string, postal: string, short: string])[] = [
  ['Alabama', 'AL', 'Ala.'],
  ['Alaska', 'AK', ''],
  ['Arizona', 'AZ', 'Ariz.'],
  ['Arkansas', 'AR', 'Ark.'],
  ['California', 'CA', 'Calif.'],
  ['Colorado', 'CO', 'Colo.'],
  ['Connecticut', 'CT', 'Conn.'],
  ['Delaware', 'DE', 'Del.'],
  ['District of Columbia', 'DC', 'D.C.'],
  ['Florida', 'FL', 'Fla.'],
  ['Georgia', 'GA', 'Ga.'],
  ['Hawaii', 'HI', ''],
  ['Idaho', 'ID', ''],
  ['Illinois', 'IL', 'Ill.'],
  ['Indiana', 'IN', 'Ind.'],
  ['Iowa', 'IA', ''],
  ['Kansas', 'KS', 'Kan. Kans.'],
  ['Kentucky', 'KY', 'Ky.'],
  ['Louisiana', 'LA', 'La.'],
  ['Maine', 'ME', ''],
  ['Maryland', 'MD', 'Md.'],
  ['Massachusetts', 'MA', 'Mass.'],
  ['Michigan', 'MI', 'Mich.'],
  ['Minnesota', 'MN', 'Minn.'],
  ['Mississippi', 'MS', 'Miss.'],
  ['Missouri', 'MO', 'Mo.'],
  ['Montana', 'MT', 'Mont.'],
  ['Nebraska', 'NE', 'Neb. Nebr.'],
  ['Nevada', 'NV', 'Nev.'],
  ['New Hampshire', 'NH', 'N.H.'],
  ['New Jersey', 'NJ', 'N.J.'],
  ['New Mexico', 'NM', 'N.M. N.Mex.'],
  ['New York', 'NY', 'N.Y.'],
  ['North Carolina', 'NC', 'N.C.'],
  ['North Dakota', 'ND', 'N.D. N.Dak.'],
  ['Ohio', 'OH', ''],
  ['Oklahoma', 'OK', 'Okla.'],
  ['Oregon', 'OR', 'Ore. Oreg.'],
  ['Pennsylvania', 'PA', 'Pa.'],
  ['Rhode Island', 'RI', 'R.I.'],
  ['South Carolina', 'SC', 'S.C.'],
  ['South Dakota', 'SD', 'S.D. S.Dak.'],
  ['Tennessee', 'TN', 'Tenn.'],
  ['Texas', 'TX', 'Tex.'],
  ['Utah', 'UT', ''],
  ['Vermont', 'VT', 'Vt.'],
  ['Virginia', 'VA', 'Va.'],
  ['Washington', 'WA', 'Wash.'],
  ['West Virginia', 'WV', 'W.Va.'],
  ['Wisconsin', 'WI', 'Wis. Wisc.'],
  ['Wyoming', 'WY', 'Wyo.'],
];

/** A short form's comparable key: lower case, without full stops or spaces ("N. C." and "n.c" are "nc"). */
function shortKey(form: string): string {
  return form.toLowerCase().replace(/[.\s]/gu, '');
}

const BY_SHORT_FORM: ReadonlyMap<string, string> = new Map(
  STATES.flatMap(([name, , short]) => short.split(' ').flatMap((s) => (s === '' ? [] : [[shortKey(s), name] as const]))),
);
const BY_POSTAL_CODE: ReadonlyMap<string, string> = new Map(STATES.map(([name, postal]) => [postal.toLowerCase(), name] as const));
const NAMES: ReadonlyMap<string, string> = new Map(STATES.map(([name]) => [name.toLowerCase(), name] as const));

/**
 * The state a wire-style short form names, with or without its full stops, in any case; undefined
 * for anything else (postal codes included: "PA" and "IN" are words and initials too often).
 *
 * @example
 * stateOfShortForm('Calif.'); // 'California'
 * stateOfShortForm('N.C.'); // 'North Carolina'
 * stateOfShortForm('CA'); // undefined
 */
export function stateOfShortForm(form: string): string | undefined {
  return BY_SHORT_FORM.get(shortKey(form));
}

/**
 * The state a postal code names ("TX" is Texas), in any case.
 *
 * @example
 * stateOfPostalCode('tx'); // 'Texas'
 */
export function stateOfPostalCode(code: string): string | undefined {
  return BY_POSTAL_CODE.get(code.toLowerCase());
}

/**
 * The state's name as it is written, for its name in any case; undefined for anything else.
 *
 * @example
 * stateNamed('new hampshire'); // 'New Hampshire'
 */
export function stateNamed(name: string): string | undefined {
  return NAMES.get(name.toLowerCase().replace(/\s+/gu, ' ').trim());
}
