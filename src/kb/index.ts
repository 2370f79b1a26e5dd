/**
 * The knowledge base: countries, actors with CAMEO codes, and offices with their holders by date.
 *
 * @example
 * import { actorCodes, roleHolders } from './kb/index.js';
 * actorCodes('NATO'); // [{ code: 'IGOWSTNAT' }]
 * roleHolders('RUS', 'president', '2015-06-01')[0].name; // 'Vladimir Putin'
 */
export {
  type ActorKind,
  actorById,
  actorCodes,
  countriesNamed,
  countryOfIso2,
  type DatedCode,
  findCountry,
  firstNameGender,
  type KbActor,
  type KbCountry,
  kbKey,
  lookupActors,
  OLD_SOURCES_END,
  type RoleTerm,
  roleHolders,
  rolesOf,
} from './kb.js';
export { normalizeRole, roleInScope } from './roles.js';
