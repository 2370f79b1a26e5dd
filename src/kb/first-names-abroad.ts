/**
 * First names that the English name lists give to one sex and another country gives to the other
 * ("Andrea", "Nicola" and "Michele" are men's names in Italy; "Kristen" in Estonia; "Toni" and
 * "Lauri" in Finland; "Karol" in Poland), written by the sitrep team. A person whose offices the knowledge base lists
 * under such a country takes the country's reading.
 */
const ABROAD: Readonly<Record<string, Readonly<Record<string, 'F' | 'M'>>>> = {
  ITA: { andrea: 'M', nicola: 'M', michele: 'M', daniele: 'M', simone: 'M', emanuele: 'M', gabriele: 'M', luca: 'M' },
  EST: { kristen: 'M' },
  FIN: { toni: 'M', lauri: 'M', kari: 'M' },
  NOR: { ola: 'M' },
  FRA: { sacha: 'M' },
  POL: { karol: 'M' },
  CZE: { karol: 'M' },
  SVK: { karol: 'M' },
  RUS: { misha: 'M' },
  ESP: { joan: 'M' },
};

/**
 * The sex a first name is given to in one of `countries` (ISO 3166 alpha-3), when it differs from
 * the English reading; undefined when none of them reads it otherwise.
 *
 * @example
 * firstNameAbroad('Kristen', ['EST']); // 'M'
 * firstNameAbroad('Andrea', ['DEU']); // undefined (the English reading, 'F', holds)
 */
export function firstNameAbroad(name: string, countries: readonly string[]): 'F' | 'M' | undefined {
  const lower = name.toLowerCase();
  for (const c of countries) {
    const g = ABROAD[c]?.[lower];
    if (g) return g;
  }
  return undefined;
}
