// A page printed to PDF as a reader's "Print to PDF" in Chromium prints it: print media, the
// page's own @page size and margins (A4 in our reports), no header or footer, backgrounds only
// where the page asks for them (print-color-adjust). Also the text of each printed page.
//   node print.mjs PAGE.html OUT.pdf        prints "N pages" and writes OUT.pdf
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { openBrowser } from './browser.mjs';

/** Prints PAGE (a file path) to a PDF; returns its bytes. */
export async function printToPdf(page) {
  const browser = await openBrowser();
  try {
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    return await tab.pdf({ preferCSSPageSize: true, displayHeaderFooter: false });
  } finally {
    await browser.close();
  }
}

/** The text of each page of a PDF (bytes), in reading order, lines joined by spaces. */
export async function pageTexts(pdf) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(
        content.items
          .map((item) => item.str + (item.hasEOL ? ' ' : ''))
          .join('')
          .replace(/\s+/g, ' '),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [page, out] = process.argv.slice(2);
  if (!page || !out) {
    console.error('usage: node print.mjs PAGE.html OUT.pdf');
    process.exit(2);
  }
  const pdf = await printToPdf(page);
  writeFileSync(out, pdf);
  const pages = await pageTexts(readFileSync(out));
  console.log(`${pages.length} pages, ${pdf.length} bytes: ${out}`);
}
