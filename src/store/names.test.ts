import { describe, expect, it } from 'vitest';
import { nameCore, normalizeName } from './names.js';

describe('nameCore', () => {
  it("drops a person's middle initials and generational suffix", () => {
    expect(nameCore(normalizeName('Paul D. Ryan'))).toBe('paul ryan');
    expect(nameCore(normalizeName('George H. W. Bush'))).toBe('george bush');
    expect(nameCore(normalizeName('Joe Manchin III'))).toBe('joe manchin');
    expect(nameCore(normalizeName('Martin Luther King Jr.'))).toBe('martin luther king');
  });

  it('leaves short names, initials and names without them as they are', () => {
    expect(nameCore('paul ryan')).toBe('paul ryan');
    expect(nameCore('ryan')).toBe('ryan');
    expect(nameCore('j k rowling')).toBe('j k rowling');
    expect(nameCore('john iii')).toBe('john iii');
  });
});
