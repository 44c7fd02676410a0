import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GateResults } from '../gate.js';
import { escapeHtml } from './escape.js';
import { type HtmlReportOptions, renderHtmlReport } from './html-report.js';

export interface ReportFiles {
  /** The full results as JSON (`report-path`). */
  json: string;
  /** The self-contained HTML report next to it (`html-report-path`). */
  html: string;
}

/** Writes the JSON results and the HTML report side by side; both render only the results. */
export async function writeReports(results: GateResults, dir: string, options: HtmlReportOptions): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const files = { json: path.join(dir, 'results.json'), html: path.join(dir, 'report.html') };
  await writeFile(files.json, JSON.stringify(results, null, 2));
  await writeFile(files.html, htmlOrNotice(results, options));
  return files;
}

/** A page that cannot be rendered (results past what one string holds) must not cost the verdict. */
function htmlOrNotice(results: GateResults, options: HtmlReportOptions): string {
  try {
    return renderHtmlReport(results, options);
  } catch (error) {
    const why = escapeHtml((error as Error).message ?? String(error));
    return `<!doctype html><meta charset="utf-8"><title>${escapeHtml(options.checkName)}: ${results.verdict}</title>` +
      `<p>The HTML report could not be rendered (${why}); results.json beside this file has everything.</p>\n`;
  }
}
