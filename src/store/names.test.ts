import { describe, expect, it } from 'vitest';
import { middleInitials, nameCore, normalizeName } from './names.js';

describe('nameCore', () => {
  it("drops a person's middle initials", () => {
    expect(nameCore(normalizeName('Paul D. Ryan'))).toBe('paul ryan');
    expect(nameCore(normalizeName('George H. W. Bush'))).toBe('george bush');
    expect(nameCore(normalizeName('Joseph R. Biden Jr.'))).toBe('joseph biden jr');
  });

  it('writes a short first name in full where it stands for one name only', () => {
    expect(nameCore('tim kaine')).toBe('timothy kaine');
    expect(nameCore(normalizeName('Timothy M. Kaine'))).toBe('timothy kaine');
    expect(nameCore('dick durbin')).toBe(nameCore('richard j durbin'));
    expect(nameCore('joe biden')).toBe(nameCore('joseph r biden'));
    expect(nameCore('chris christie')).toBe('chris christie');
  });

  it('finds the middle initials', () => {
    expect(middleInitials('george h w bush')).toBe('h w');
    expect(middleInitials('george bush')).toBe('');
    expect(middleInitials('martin luther king')).toBe('');
  });

  it('keeps a generational suffix: the son is not the father', () => {
    expect(nameCore(normalizeName('Donald Trump Jr.'))).toBe('donald trump jr');
    expect(nameCore(normalizeName('Duncan Hunter Sr.'))).toBe('duncan hunter sr');
    expect(nameCore(normalizeName('Martin Luther King Jr.'))).toBe('martin luther king jr');
  });

  it('leaves short names, initials and names without them as they are', () => {
    expect(nameCore('paul ryan')).toBe('paul ryan');
    expect(nameCore('ryan')).toBe('ryan');
    expect(nameCore('joe')).toBe('joe');
    expect(nameCore('j k rowling')).toBe('j k rowling');
    expect(nameCore('john iii')).toBe('john iii');
  });
});
