import { describe, expect, it } from 'vitest';
import { buildBody, type Doc, emptyMeta } from '../doc.js';
import { extract } from './extract.js';
import { repairable, repairMojibake, repairRuns } from './mojibake.js';

function docOf(paragraphs: string[], title: string | null = null): Doc {
  const body = buildBody(paragraphs.map((text) => ({ text, kind: 'paragraph' as const })));
  return { ...body, mode: 'text', warnings: [], meta: { ...emptyMeta(), title } };
}

describe('repairRuns', () => {
  it('turns UTF-8 read as Windows-1252 or as Latin-1 back into its characters', () => {
    expect(repairRuns('The Earthâ€™s orbit')).toBe('The Earth’s orbit');
    expect(repairRuns('A DIY Investor\u00e2\u0080\u0099s Guide')).toBe('A DIY Investor’s Guide');
    expect(repairRuns('CafÃ© society â€” and politics')).toBe('Café society — and politics');
    expect(repairRuns('ä¸­æ–‡ and Ð¿Ñ€Ð¸Ð²ÐµÑ‚')).toBe('中文 and привет');
  });

  it('keeps pairs whose bytes are no UTF-8 character, or one of a script such text is not made of', () => {
    // "ß“" would be the bytes of an N'Ko letter; "×½" of no character at all
    expect(repairRuns('„Fuß“ und 2×½')).toBe('„Fuß“ und 2×½');
  });
});

describe('repairable', () => {
  it('counts the runs and their characters from Latin-1’s upper half', () => {
    expect(repairable('Earthâ€™s and CafÃ©')).toEqual({ runs: 2, chars: 3 });
    expect(repairable('plain text')).toEqual({ runs: 0, chars: 0 });
  });
});

describe('repairMojibake', () => {
  it('repairs every field a reader sees, and the block offsets follow the shorter text', () => {
    const doc = docOf(['The Earthâ€™s natural cycle.', 'CafÃ© society â€” and politics.'], 'A DIY Investorâ€™s Guide');
    const fixed = repairMojibake(doc);
    expect(fixed.meta.title).toBe('A DIY Investor’s Guide');
    expect(fixed.text).toBe('The Earth’s natural cycle.\n\nCafé society — and politics.');
    expect(fixed.blocks.map((b) => fixed.text.slice(b.start, b.end))).toEqual([
      'The Earth’s natural cycle.',
      'Café society — and politics.',
    ]);
    expect(fixed.warnings).toEqual(['repaired text that had been decoded with the wrong character set (mojibake)']);
  });

  it('repairs text that was read wrongly twice', () => {
    const fixed = repairMojibake(docOf(['CafÃƒÂ© and rÃƒÂ©sumÃƒÂ© here.']));
    expect(fixed.text).toBe('Café and résumé here.');
  });

  it('drops the "Â" left of a no-break space that became a plain one, in a document it repairs', () => {
    expect(repairMojibake(docOf(['Â£790million, Â and CafÃ©.'])).text).toBe('£790million,  and Café.');
  });

  it('leaves a document with a single run alone', () => {
    const doc = docOf(['He wrote “Ã¤” where he meant “ä”.']);
    expect(repairMojibake(doc)).toBe(doc);
  });

  it('leaves text alone when the runs are a small part of its Latin-1 letters (another charset read as Latin-1)', () => {
    // EUC-KR read as Latin-1 ("±¹¹«ÃÑ¸®½Ç"): a few pairs happen to be valid UTF-8 ("Ñ¸")
    const korean = '\u00b1\u00b9\u00b9\u00ab\u00c3\u00d1\u00b8\u00ae\u00bd\u00c7';
    const doc = docOf([
      `${korean} ${korean} (Prime Minister of Korea) \u00bc\u00ad\u00bf\u00ef \u00b4\u00eb\u00c7\u00d1\u00b9\u00ce\u00b1\u00b9`,
    ]);
    expect(repairable(doc.text).runs).toBeGreaterThanOrEqual(2);
    expect(repairMojibake(doc)).toBe(doc);
  });
});

describe('extract', () => {
  it('repairs a page whose text was UTF-8 read as Windows-1252 before we got it', () => {
    const page =
      '<html><head><title>A DIY Investorâ€™s Guide</title></head><body><article><h1>A DIY Investorâ€™s Guide</h1>' +
      '<p>The Earthâ€™s natural cycle is long enough for this paragraph to count as the body of the article.</p>' +
      '<p>CafÃ© society â€” and more words in a second paragraph of the article body text here.</p></article></body></html>';
    const doc = extract(page, { mode: 'html' });
    expect(doc.meta.title).toBe('A DIY Investor’s Guide');
    expect(doc.text).toContain('The Earth’s natural cycle');
    expect(doc.text).toContain('Café society — and more');
    expect(doc.warnings).toContain('repaired text that had been decoded with the wrong character set (mojibake)');
  });

  it('leaves a clean page as it is, with no warning', () => {
    const doc = extract('Café talks\n\nThe Earth’s leaders met in a café — “again”, said Müller, for the third time this year.', {
      mode: 'text',
    });
    expect(doc.text).toContain('The Earth’s leaders met in a café — “again”, said Müller');
    expect(doc.warnings).toEqual([]);
  });
});
