namespace KpiToolkit.Dashboard;

/// <summary>The page's style sheet, inline so the page needs nothing from elsewhere.</summary>
internal sealed partial class HtmlPage
{
    private const string Styles = """

:root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #f4f6f9; --card: #fff; --link: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-variant-numeric: tabular-nums; }
.page { max-width: 1220px; margin: 0 auto; padding: 28px 24px 48px; }
.masthead h1 { margin: 0 0 6px; font-size: 26px; letter-spacing: -0.01em; }
.meta { margin: 0; color: var(--muted); display: flex; flex-wrap: wrap; gap: 4px 22px; }
.fact-label { color: var(--muted); }
.meta .fact span:last-child, .objective-facts .fact span:last-child { color: var(--ink); font-weight: 600; }
.summary { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin: 14px 0 0; }
.summary-label { color: var(--muted); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin: 20px 0; box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04); }
h2 { font-size: 17px; margin: 0 0 12px; }
.kpi-table { width: 100%; margin: 0; }
.kpi-table thead th { font-size: 12px; text-align: left; padding: 6px 12px 8px; border-bottom: 2px solid var(--line); }
.kpi-table th.number, .kpi-table td.number { text-align: right; }
.kpi-table tr.group th { text-align: left; font-size: 11.5px; text-transform: uppercase; letter-spacing: 0.07em; color: var(--muted); background: #f8fafc; padding: 14px 12px 6px; border-bottom: 1px solid var(--line); }
.kpi-table tbody td, .kpi-table tbody th { padding: 8px 12px; vertical-align: middle; text-align: left; }
.kpi-table tbody tr.kpi:last-child td, .kpi-table tbody tr.kpi:last-child th { border-bottom: none; }
.kpi-name { white-space: normal; min-width: 170px; }
.kpi-title { display: block; font-weight: 600; }
.kpi-channel { display: block; color: var(--muted); font-size: 12px; font-weight: 400; }
.kpi-value { display: block; font-size: 16px; font-weight: 700; }
.kpi-value.unavailable { color: var(--muted); font-weight: 600; }
.kpi-change { display: block; font-weight: 600; }
.kpi-previous { display: block; color: var(--muted); font-size: 12px; }
.good { color: #15803d; }
.bad { color: #b91c1c; }
.flat { color: var(--muted); }
.kpi-note { display: block; color: var(--muted); font-size: 12px; }
.kpi-error { display: block; color: #b91c1c; font-size: 12px; font-weight: 400; }
.kpi-progress { min-width: 190px; }
.kpi-progress .progress-row { flex-direction: column; align-items: stretch; gap: 3px; }
.kpi-progress .progress { flex: 0 0 8px; }
.kpi-trend { width: 196px; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid transparent; line-height: 1.6; }
.status-missed { background: #991b1b; color: #fff; }
.status-off-track { background: #fee2e2; color: #991b1b; border-color: #fecaca; }
.status-at-risk { background: #fef3c7; color: #92400e; border-color: #fde68a; }
.status-on-track { background: #dcfce7; color: #166534; border-color: #bbf7d0; }
.status-achieved { background: #166534; color: #fff; }
.status-not-started, .status-no-data { background: #f1f5f9; color: #475569; border-color: #e2e8f0; }
.progress-row { display: flex; align-items: center; gap: 10px; }
.progress { position: relative; flex: 1 1 auto; min-width: 80px; height: 8px; background: #e5e7eb; border-radius: 999px; }
.progress-fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 999px; background: #64748b; }
.progress-on-track .progress-fill, .progress-achieved .progress-fill { background: #16a34a; }
.progress-at-risk .progress-fill { background: #d97706; }
.progress-off-track .progress-fill, .progress-missed .progress-fill { background: #dc2626; }
.progress-expected { position: absolute; top: -4px; bottom: -4px; width: 2px; margin-left: -1px; background: #111827; border-radius: 1px; }
.progress-text { font-size: 12px; color: var(--muted); white-space: nowrap; }
.tree, .tree ul { list-style: none; margin: 0; padding: 0; }
.tree ul { margin: 4px 0 0 10px; padding-left: 22px; border-left: 2px solid var(--line); }
.tree li { margin: 12px 0 0; }
.tree > li:first-child { margin-top: 0; }
.objective-head { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; }
.objective-id { font-weight: 700; }
.objective-body { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 6px 28px; align-items: center; margin: 4px 0 0; }
.objective-facts { margin: 0; display: flex; gap: 4px 18px; flex-wrap: wrap; font-size: 13px; }
.objective-head .badge { min-width: 7.6em; text-align: center; }
.objective-body .progress-text { min-width: 11.5em; }
.objective-why { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
.grid-2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(540px, 1fr)); gap: 0 20px; }
.chart { display: block; max-width: 100%; height: auto; }
.chart text { font-family: inherit; }
.chart .tick { font-size: 11px; fill: #6b7280; }
.chart .label { font-size: 12.5px; fill: #1f2937; font-weight: 600; }
.chart .label.chosen { fill: #1d4ed8; }
.chart .sublabel { font-size: 11px; fill: #6b7280; }
.chart .value { font-size: 12px; fill: #1f2937; }
.chart .value.muted { fill: #9ca3af; }
.chart .column-head { font-size: 11px; fill: #6b7280; font-weight: 600; letter-spacing: 0.03em; }
.chart .grid { stroke: #eef0f3; stroke-width: 1; }
.chart .axis { stroke: #9ca3af; stroke-width: 1.5; }
.chart .tick-mark { stroke: #9ca3af; }
.bar.recommendation-scale-up { fill: #15803d; }
.bar.recommendation-keep { fill: #2563eb; }
.bar.recommendation-reduce { fill: #d97706; }
.bar.recommendation-stop { fill: #dc2626; }
.recommendation-text { font-size: 12px; font-weight: 700; }
.recommendation-text.recommendation-scale-up { fill: #15803d; }
.recommendation-text.recommendation-keep { fill: #1d4ed8; }
.recommendation-text.recommendation-reduce { fill: #b45309; }
.recommendation-text.recommendation-stop { fill: #b91c1c; }
.bar.sessions { fill: #3b82f6; }
.bar.conversion { fill: #8b5cf6; }
.spark { display: block; width: 180px; max-width: 100%; height: auto; }
.spark-line { fill: none; stroke: #2563eb; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.spark-area { fill: #2563eb; fill-opacity: 0.08; }
.spark-dot { fill: #2563eb; }
.spark-current { fill: #fff; stroke: #1d4ed8; stroke-width: 2.5; }
.spark-target { stroke: #16a34a; stroke-width: 1.5; stroke-dasharray: 4 3; }
.spark-band { fill: #16a34a; fill-opacity: 0.1; }
.spark-empty { font-size: 12px; fill: #9ca3af; }
.heatmap .best { fill: none; stroke: #111827; stroke-width: 2; }
.heatmap .rank { font-size: 13px; font-weight: 700; fill: #111827; }
.heatmap .rank.light { fill: #fff; }
.mentions .period-band { fill: #eef2ff; }
.mentions .band-label { font-size: 12px; font-weight: 600; fill: #4338ca; }
.mention.before { fill: #cbd5e1; }
.mention.in-period { fill: #64748b; }
.mention.spike { fill: #dc2626; }
.spike-label { font-size: 12px; font-weight: 700; fill: #b91c1c; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 10px 0 0; font-size: 12px; color: var(--muted); }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; margin-left: 12px; }
.swatch:first-child { margin-left: 0; }
.swatch.gradient { width: 64px; background: linear-gradient(90deg, #e0f2ef, #0b5e59); }
.swatch.hatch { background: repeating-linear-gradient(45deg, #eef0f3 0 3px, #7c8799 3px 5px); }
.swatch.empty { background: #eef0f3; }
.swatch.best-mark { border: 2px solid #111827; font-size: 9px; font-weight: 700; line-height: 10px; text-align: center; color: #111827; }
.swatch.progress-swatch { width: 28px; height: 8px; border-radius: 999px; background: #16a34a; }
.swatch.expected-swatch { width: 2px; height: 16px; border-radius: 1px; background: #111827; }
.swatch.mention-before { background: #cbd5e1; }
.swatch.mention-in-period { background: #64748b; }
.swatch.mention-spike { background: #dc2626; }
.detector { margin-left: auto; }
.best-slots { margin: 0 0 12px; padding-left: 22px; }
.best-slots li { margin: 2px 0; }
.choices { margin: 8px 0 0; padding-left: 20px; }
.note { font-size: 13px; color: var(--muted); }
.muted { color: var(--muted); }
details.data { margin-top: 8px; font-size: 12.5px; }
details.data summary { cursor: pointer; color: var(--link); }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; margin-top: 6px; }
th, td { padding: 3px 10px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th[scope=row], thead th:first-child { text-align: left; }
thead th { color: var(--muted); font-weight: 600; }
.reconciliation h3 { font-size: 14px; margin: 16px 0 4px; }
.reconciliation .summary-line { margin: 0 0 4px; }
.reconciliation-table td.number { font-variant-numeric: tabular-nums; }
.reconciliation-table td:not(.number), .reconciliation-table thead th { text-align: left; }
[data-table=reconciliation-periods] thead th:nth-child(n+3):nth-child(-n+5), [data-table=reconciliation-posts] thead th:nth-child(n+4):nth-child(-n+6) { text-align: right; }
.reconciliation-table td.explanation { text-align: left; white-space: normal; min-width: 280px; color: var(--muted); font-size: 12.5px; }
.reconciliation-table tr.agrees td.reason { color: #15803d; }
.reconciliation-table tr.disagrees td.reason { color: #b45309; font-weight: 600; }
.problems { border-color: #fecaca; background: #fff7f7; }
.problems ul { margin: 0; padding-left: 20px; }
.problems li { margin: 4px 0; }
.scorecard-grid { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 14px; }
.scorecard { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px 8px; }
.scorecard-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
.scorecard-value { margin: 6px 0 0; display: flex; align-items: baseline; gap: 6px; }
.scorecard-value .kpi-value { font-size: 26px; }
.scorecard-change { display: flex; gap: 8px; align-items: baseline; }
.scorecard-change .kpi-change, .scorecard-change .kpi-previous { display: inline; }
.scorecard-target { margin: 4px 0 0; font-size: 12.5px; }
.kpi-unit { color: var(--muted); font-size: 12px; font-weight: 400; }
.trend { display: block; width: 100%; max-width: 300px; height: auto; margin-top: 6px; }
.chart .target-label { font-size: 10.5px; fill: #15803d; font-weight: 600; }
.top-posts h3 { font-size: 14px; margin: 4px 0; }
.posts-table td.strong { font-weight: 700; }
.spike-kinds { margin: 8px 0 0; padding-left: 20px; font-size: 13px; }
.spike-kind.character-negative { color: #b91c1c; }
.spike-kind.character-positive { color: #15803d; }
.not-measured { margin: 12px 0 0; font-size: 13px; color: var(--muted); }
.not-measured strong { color: var(--ink); }
@media (max-width: 700px) { .grid-2, .objective-body { grid-template-columns: 1fr; } .page { padding: 16px 12px 32px; } }

""";
}
