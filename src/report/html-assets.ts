/**
 * The HTML report's style and behaviour, inlined into the one file: the report is opened from a
 * downloaded artifact, often offline, and its Content-Security-Policy forbids fetching anything.
 */
export const REPORT_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa;
  --bad: #cf222e; --bad-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5; --good: #1a7f37; --good-bg: #dafbe1;
  --info: #0969da; --info-bg: #ddf4ff; --del: #ffebe9; --del-mark: #ffcecb; --add: #dafbe1; --add-mark: #aceebb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; }
main { max-width: 1280px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 0; } h3 { font-size: 14px; margin: 16px 0 6px; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; }
pre { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; margin: 6px 0; }
header.verdict { border-left: 6px solid var(--muted); padding: 12px 16px; background: var(--bg-soft); border-radius: 6px; margin-bottom: 16px; }
header.verdict.fail { border-color: var(--bad); background: var(--bad-bg); }
header.verdict.pass { border-color: var(--good); background: var(--good-bg); }
header.verdict.error { border-color: var(--warn); background: var(--warn-bg); }
.verdict-word { display: inline-block; color: #fff; background: var(--muted); border-radius: 6px; padding: 0 10px; margin-right: 6px; font-size: 20px; }
.fail .verdict-word { background: var(--bad); } .pass .verdict-word { background: var(--good); } .error .verdict-word { background: var(--warn); }
.reason { font-weight: 600; margin: 4px 0; } .meta { color: var(--muted); margin: 4px 0 0; }
.totals { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0 0; padding: 0; list-style: none; }
.totals li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; }
.totals b { font-size: 16px; margin-right: 4px; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 10px 0; background: #fff; border-bottom: 1px solid var(--line); }
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
table.diff td.ln { width: 44px; color: var(--muted); text-align: right; user-select: none; background: var(--bg-soft); }
table.diff th { font-size: 12px; }
table.diff tr.removed td.l, table.diff tr.changed td.l { background: var(--del); }
table.diff tr.added td.r, table.diff tr.changed td.r { background: var(--add); }
table.diff td.l mark { background: var(--del-mark); } table.diff td.r mark { background: var(--add-mark); }
table.diff tr.skipped td { color: var(--muted); background: var(--bg-soft); text-align: center; font-style: italic; }
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
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  apply();
})();
`;
