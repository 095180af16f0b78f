/**
 * HTML in a spreadsheet cell (a description exported from a web form or a CMS) as the plain
 * text the plan keeps: paragraphs and line breaks kept as blank lines and line breaks, list
 * items on lines of their own, entities decoded ("&amp;" → "&"), no wrapping, headings as
 * written (not upper-cased), images dropped. html-to-text does the reading: a real HTML parser
 * (htmlparser2) rather than regular expressions, so malformed markup and every entity come out
 * right.
 */
import { compile, type HtmlToTextOptions } from 'html-to-text';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

const options: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...headings,
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '– ' } },
    { selector: 'table', format: 'dataTable' },
  ],
};

/** Compiled once: `convert` compiles the options on every call (2.6 ms a cell; 10,000 descriptions took 26 s). */
const convert = compile(options);

/** html-to-text right-aligns ordered-list numbers with spaces (" 1."), which a plain-text field would keep as stray indents. */
export const htmlToPlainText = (html: string): string =>
  convert(html)
    .replace(/^ +(?=\d+\. )/gm, '')
    .trim();
