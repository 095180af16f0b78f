import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../electron/core/import/plain-text';

/** HTML from a web form or a CMS export as the plain text a description keeps. */
describe('HTML to plain text', () => {
  it.each([
    ['<p>Ensimmäinen kappale.</p><p>Toinen kappale.</p>', 'Ensimmäinen kappale.\n\nToinen kappale.'],
    ['rivi<br>toinen rivi<br/>kolmas', 'rivi\ntoinen rivi\nkolmas'],
    ['Kotka &amp; Hamina &ndash; &quot;satamat&quot; &#228;&#x00F6;', 'Kotka & Hamina – "satamat" äö'],
    ['<h2>Tavoitteet</h2><ul><li>Pilotit</li><li>Koulutus</li></ul>', 'Tavoitteet\n\n– Pilotit\n– Koulutus'],
    ['<ol><li>yksi</li><li>kaksi</li></ol>', '1. yksi\n2. kaksi'],
    ['Lue <a href="https://example.fi/hanke">hankkeesta</a>.', 'Lue hankkeesta [https://example.fi/hanke].'],
    ['<a href="https://example.fi">https://example.fi</a>', 'https://example.fi'],
    ['<p>Kuva: <img src="x.png" alt="kartta"></p>', 'Kuva:'],
    ['<p>Avoin <b>tagi', 'Avoin tagi'],
  ])('%s', (html, text) => expect(htmlToPlainText(html)).toBe(text));
  it('keeps a long line whole (no wrapping at 80 characters)', () => {
    const line = 'sana '.repeat(40).trim();
    expect(htmlToPlainText(`<p>${line}</p>`)).toBe(line);
  });
});
