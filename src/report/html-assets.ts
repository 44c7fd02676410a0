/**
 * The HTML report's style and behaviour, inlined into the one file: the report is opened from a
 * downloaded artifact, often offline, and its Content-Security-Policy forbids fetching anything.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --bg-soft: #f6f8fa;
  --bad: #cf222e; --bad-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5; --good: #1a7f37; --good-bg: #dafbe1;
  --info: #0969da; --info-bg: #ddf4ff; --del: #ffebe9; --del-mark: #ffcecb; --add: #dafbe1; --add-mark: #aceebb;
  --noise: #f6f8fa; --noise-mark: #e6e9ed; --on-badge: #fff; }
/* GitHub's dark palette: the same meanings, contrast kept for text on every tint. */
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --bg-soft: #151b23;
    --bad: #ff7b72; --bad-bg: #3c1618; --warn: #d29922; --warn-bg: #3a2d0c; --good: #3fb950; --good-bg: #12301b;
    --info: #58a6ff; --info-bg: #0c2d4a; --del: #3c1618; --del-mark: #6e2a2b; --add: #12301b; --add-mark: #1f5a2e;
    --noise: #1b212a; --noise-mark: #2b323c; --on-badge: #0d1117; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1280px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 0; } h3 { font-size: 14px; margin: 16px 0 6px; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; }
pre { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; margin: 6px 0; }
header.verdict { border-left: 6px solid var(--muted); padding: 12px 16px; background: var(--bg-soft); border-radius: 6px; margin-bottom: 16px; }
header.verdict.fail { border-color: var(--bad); background: var(--bad-bg); }
header.verdict.pass { border-color: var(--good); background: var(--good-bg); }
header.verdict.error { border-color: var(--warn); background: var(--warn-bg); }
.verdict-word { display: inline-block; color: var(--on-badge); background: var(--muted); border-radius: 6px; padding: 0 10px; margin-right: 6px; font-size: 20px; }
.fail .verdict-word { background: var(--bad); } .pass .verdict-word { background: var(--good); } .error .verdict-word { background: var(--warn); }
.reason { font-weight: 600; margin: 4px 0; } .meta { color: var(--muted); margin: 4px 0 0; }
.totals { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0 0; padding: 0; list-style: none; }
.totals li { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; }
.totals b { font-size: 16px; margin-right: 4px; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 10px 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.filters label { white-space: nowrap; cursor: pointer; }
.filters input[type=search] { flex: 1 1 240px; min-width: 200px; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
.filters output { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
#endpoints a { color: inherit; text-decoration: none; } #endpoints a:hover { text-decoration: underline; }
.badge { display: inline-block; min-width: 68px; text-align: center; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; }
.badge.breaking { color: var(--bad); background: var(--bad-bg); } .badge.changed { color: var(--warn); background: var(--warn-bg); }
.badge.info { color: var(--info); background: var(--info-bg); } .badge.noise { color: var(--muted); background: var(--bg-soft); }
.badge.clean { color: var(--good); background: var(--good-bg); }
article.endpoint { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 16px 0; }
article.endpoint > header { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.counts { color: var(--muted); }
table.diff { table-layout: fixed; border: 1px solid var(--line); }
table.diff td { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; padding: 0 6px; border: 0; white-space: pre-wrap; word-break: break-all; }
table.diff col.ln { width: 44px; }
table.diff td.ln { width: 44px; color: var(--muted); text-align: right; user-select: none; background: var(--bg-soft); }
table.diff th { font-size: 12px; }
table.diff tr.removed td.l, table.diff tr.changed td.l { background: var(--del); }
table.diff tr.added td.r, table.diff tr.changed td.r { background: var(--add); }
table.diff td.l mark { background: var(--del-mark); } table.diff td.r mark { background: var(--add-mark); }
table.diff tr.skipped td { color: var(--muted); background: var(--bg-soft); text-align: center; font-style: italic; padding: 0; }
button.unfold { all: unset; display: block; width: 100%; cursor: pointer; padding: 2px 0; }
button.unfold:hover, button.unfold:focus-visible { color: var(--info); text-decoration: underline; }
/* A line that differs only where values vary on their own: shown, but not as a change. */
table.diff tr.changed.noise td.l, table.diff tr.changed.noise td.r { background: var(--noise); }
table.diff tr.changed.noise td mark { background: var(--noise-mark); text-decoration: underline dotted; }
a { color: var(--info); }
button.copy { float: right; margin: -2px -6px 0 8px; font: 12px/1.6 inherit; font-family: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 0 8px; cursor: pointer; }
button.copy:hover { background: var(--bg-soft); }
.scroll { overflow-x: auto; }
/* Phones (360 px and up): nothing wider than the screen; wide tables scroll on their own. */
@media (max-width: 720px) {
  main { padding: 12px 12px 32px; }
  h1 { font-size: 20px; } .verdict-word { font-size: 16px; }
  .filters { gap: 6px 10px; }
  .filters input[type=search] { min-width: 0; flex-basis: 100%; }
  table:not(.diff) { display: block; overflow-x: auto; }
  article.endpoint { padding: 10px; }
  table.diff td.ln { width: 28px; padding: 0 2px; font-size: 10px; }
  table.diff col.ln { width: 28px; }
  table.diff th { font-weight: 600; font-size: 11px; }
}
/* Paper: what the filters show, every folded line unfolded, no controls, articles kept whole. */
@media print {
  :root { --bg: #fff; --fg: #000; }
  .filters, button.copy, #no-match { display: none !important; }
  table.diff tr[data-folded][hidden] { display: table-row !important; }
  table.diff tr.skipped { display: none !important; }
  .filters { position: static; }
  article.endpoint { break-inside: avoid-page; }
  a { color: inherit; }
  pre, table.diff td { white-space: pre-wrap; }
}
mark { color: inherit; border-radius: 2px; }
.empty { color: var(--muted); font-style: italic; }
section.global { margin-top: 32px; }
ul.causes { padding-left: 20px; line-height: 1.6; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
[hidden] { display: none !important; }
`;

export const REPORT_JS = `
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="class"]'));
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var none = document.getElementById('no-match');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-class]'));

  // The filters live in the address (#hide=noise,clean&q=orders), so a link or a reload keeps
  // them; the hash, not the query, because a file:// page may not rewrite its query.
  function readState() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (!params.has('hide') && !params.has('q')) return;
    var hidden = (params.get('hide') || '').split(',');
    boxes.forEach(function (box) { box.checked = hidden.indexOf(box.value) === -1; });
    search.value = params.get('q') || '';
  }
  function writeState() {
    var params = new URLSearchParams();
    var hidden = boxes.filter(function (box) { return !box.checked; }).map(function (box) { return box.value; });
    if (hidden.length > 0) params.set('hide', hidden.join(','));
    if (search.value.trim() !== '') params.set('q', search.value.trim());
    var hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function apply() {
    var on = {};
    boxes.forEach(function (box) { on[box.value] = box.checked; });
    var query = search.value.trim().toLowerCase();
    var rows = 0;
    items.forEach(function (item) {
      var visible = on[item.getAttribute('data-class')] === true &&
        (query === '' || item.getAttribute('data-search').indexOf(query) !== -1);
      item.hidden = !visible;
      if (visible && item.tagName === 'TR') rows++;
    });
    shown.textContent = String(rows);
    none.hidden = rows > 0;
  }
  function changed() { apply(); writeState(); }
  boxes.forEach(function (box) { box.addEventListener('change', changed); });
  search.addEventListener('input', changed);

  document.addEventListener('click', function (event) {
    var target = event.target;
    // An endpoint link scrolls to its details without putting #ep-3 where the filters are kept.
    var link = target.closest && target.closest('a[href^="#ep-"]');
    if (link) {
      var article = document.getElementById(link.getAttribute('href').slice(1));
      if (article) { event.preventDefault(); article.scrollIntoView(); }
      return;
    }
    // A folded run of unchanged lines: the lines are in the page, hidden; a click shows them.
    var unfold = target.closest && target.closest('button.unfold');
    if (unfold) {
      var row = unfold.closest('tr').nextElementSibling;
      while (row && row.hasAttribute('data-folded')) { row.hidden = false; row.removeAttribute('data-folded'); row = row.nextElementSibling; }
      unfold.closest('tr').hidden = true;
      return;
    }
    var copy = target.closest && target.closest('button.copy');
    if (copy) {
      var text = copy.parentNode.getAttribute('data-copy');
      var done = function () { copy.textContent = 'Copied'; setTimeout(function () { copy.textContent = 'Copy'; }, 1500); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
      else { fallbackCopy(text); done(); }
    }
  });
  // The curl and the rules snippet get a copy button; what is copied is the text as shown.
  Array.prototype.slice.call(document.querySelectorAll('pre.curl, pre.snippet')).forEach(function (pre) {
    pre.setAttribute('data-copy', pre.textContent);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy to the clipboard');
    pre.insertBefore(button, pre.firstChild);
  });
  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try: the text stays selectable */ }
    document.body.removeChild(area);
  }

  readState();
  apply();
  window.addEventListener('hashchange', function () { readState(); apply(); });
})();
`;
