import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, NotTextError } from './decode.js';

describe('decodeBytes', () => {
  it('reads UTF-8 whatever the page declares', () => {
    const html = '<meta charset="iso-8859-1"><p>Zürich – “quoted”</p>';
    expect(decodeBytes(Buffer.from(html, 'utf8')).text).toBe(html);
  });

  it('decodes windows-1252 by the declared charset, curly quotes included', () => {
    const html = '<meta charset="windows-1252"><p>“Café” – déjà vu</p>';
    const bytes = iconv.encode(html, 'windows-1252');
    const out = decodeBytes(bytes);
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toBe(html);
  });

  it('falls back to windows-1252 when nothing is declared and the bytes are not UTF-8', () => {
    const bytes = iconv.encode('<p>naïve “x”</p>', 'windows-1252');
    expect(decodeBytes(bytes).text).toBe('<p>naïve “x”</p>');
  });

  it('honours a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hé</p>', 'utf16le')]);
    expect(decodeBytes(bytes).text).toBe('<p>hé</p>');
  });

  it('decodes a legacy Cyrillic page by its meta charset', () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Москва</p>';
    expect(decodeBytes(iconv.encode(html, 'windows-1251')).text).toBe(html);
  });

  it('rejects binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => decodeBytes(png)).toThrow(NotTextError);
  });

  it('returns empty text for empty input', () => {
    expect(decodeBytes(new Uint8Array()).text).toBe('');
  });
});
