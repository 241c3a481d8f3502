// The compliance dashboard: items by state, the AI share of what each desk released, findings by check and verdict,
// the override rate and the time in review, as bar charts drawn in SVG (each bar titled with its figure) with the
// same figures in a table beside each, for screen readers and for anyone who wants the numbers. The filters live in
// the page's address (dashboard.html?desk=metro), so that a view can be bookmarked.
import {openShell} from './shell.js';
import {api, attempt} from './api.js';
import {el, svg, words} from './dom.js';
import {filterQuery, wireFilters} from './filters.js';

const FILTERS = ['desk', 'from', 'to'];
const STATES = ['IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'RELEASED', 'WITHDRAWN'];
const MOST_FINDING_KINDS = 12;
/** The drawing's geometry, in the SVG's own units: it scales to the width of its section. */
const WIDTH = 560;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 80;
const BAR_HEIGHT = 22;
const GAP = 8;
const AXIS_HEIGHT = 36;
let asked = 0;

const session = await openShell(['compliance', 'admin']);
if (session) {
    wireFilters('filters', FILTERS, show);
    await show();
}

async function show() {
    const query = filterQuery(FILTERS);
    const asking = ++asked;
    const figures = await attempt(() => api('dashboard?' + query));
    if (!figures || asking !== asked) {
        return;
    }
    document.getElementById('window').textContent = (figures.desk ? 'Desk ' + figures.desk : 'Every desk') + ', '
        + (figures.from ? 'from ' + new Date(figures.from).toLocaleString() : 'since the beginning')
        + (figures.to ? ' until ' + new Date(figures.to).toLocaleString() : ' until now') + '.';
    draw('states', states(figures.itemsByState));
    draw('ai-share', aiShare(figures.aiShare));
    draw('findings', findings(figures.findings));
    draw('overrides', overrides(figures.overrides));
    draw('review-time', reviewTime(figures.timeInReview));
}

/** Puts a chart (or the words that there is nothing to chart) under the section's heading and hint. */
function draw(id, content) {
    const section = document.getElementById(id);
    section.querySelectorAll('.drawn').forEach(old => old.remove());
    section.append(el('div', {class: 'drawn'}, content));
}

/**
 * A horizontal bar chart: one bar per entry ({label, value, text, kind}), scaled to max (default: the largest
 * value), an axis with its label under it, a title on every bar, and the whole summed up in its aria-label.
 */
function barChart(name, bars, {max, axis, format = String}) {
    const top = Math.max(max ?? 0, ...bars.map(bar => bar.value), 0) || 1;
    const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    const height = bars.length * (BAR_HEIGHT + GAP) + AXIS_HEIGHT;
    const scale = value => LABEL_WIDTH + span * value / top;
    const rows = bars.map((bar, index) => {
        const y = index * (BAR_HEIGHT + GAP);
        const text = bar.text ?? format(bar.value);
        return svg('g', {class: 'row'},
            svg('text', {x: LABEL_WIDTH - 6, y: y + BAR_HEIGHT / 2, class: 'label', 'text-anchor': 'end',
                'dominant-baseline': 'middle'}, bar.label),
            svg('rect', {x: LABEL_WIDTH, y, width: Math.max(span * bar.value / top, bar.value > 0 ? 2 : 0),
                    height: BAR_HEIGHT, class: 'bar ' + (bar.kind || ''), 'data-label': bar.key ?? bar.label,
                    'data-value': bar.value},
                svg('title', {}, bar.label + ': ' + text)),
            svg('text', {x: scale(bar.value) + 6, y: y + BAR_HEIGHT / 2, class: 'value',
                'dominant-baseline': 'middle'}, text));
    });
    const axisY = bars.length * (BAR_HEIGHT + GAP);
    // Counts get whole ticks only: no "0.5 items".
    const marks = format === String && top % 2 ? [0, top] : [0, top / 2, top];
    const ticks = marks.map(value => svg('g', {class: 'tick'},
        svg('line', {x1: scale(value), x2: scale(value), y1: axisY, y2: axisY + 5, class: 'axis'}),
        svg('text', {x: scale(value), y: axisY + 16, 'text-anchor': 'middle'}, format(value))));
    return svg('svg', {class: 'bars', id: 'chart-' + name, viewBox: '0 0 ' + WIDTH + ' ' + height, width: '100%',
            role: 'img', 'aria-label': axis + ': ' + bars.map(bar => bar.label + ' ' + (bar.text ?? format(bar.value)))
                .join(', ')},
        rows,
        svg('line', {x1: LABEL_WIDTH, x2: LABEL_WIDTH + span, y1: axisY, y2: axisY, class: 'axis'}),
        svg('line', {x1: LABEL_WIDTH, x2: LABEL_WIDTH, y1: 0, y2: axisY, class: 'axis'}),
        ticks,
        svg('text', {x: LABEL_WIDTH + span / 2, y: height - 4, 'text-anchor': 'middle', class: 'axis-label'}, axis));
}

/** The chart's figures as a table, in a disclosure under it. */
function figuresTable(caption, headings, rows) {
    return el('details', {class: 'figures'}, el('summary', {}, 'The figures as a table'),
        el('table', {class: 'items'}, el('caption', {}, caption),
            el('thead', {}, el('tr', {}, headings.map((heading, index) =>
                el('th', {scope: 'col', class: index ? 'number' : null}, heading)))),
            el('tbody', {}, rows.map(cells => el('tr', {}, cells.map((cell, index) => index
                ? el('td', {class: 'number'}, cell) : el('th', {scope: 'row'}, cell)))))));
}

function nothing(text) {
    return el('p', {class: 'empty'}, text);
}

function percent(value) {
    return value === undefined || value === null ? '—' : (Math.round(value * 1000) / 10) + ' %';
}

function states(counts) {
    if (!counts.length) {
        return nothing('No item was submitted in this window.');
    }
    const total = state => counts.filter(count => count.state === state).reduce((sum, count) => sum + count.items, 0);
    const present = STATES.filter(state => counts.some(count => count.state === state));
    const desks = [...new Set(counts.map(count => count.desk))];
    return [barChart('states', present.map(state => ({key: state, label: words(state), value: total(state),
            kind: state})), {axis: 'items'}),
        figuresTable('Items by desk and state', ['Desk', ...present.map(words), 'All'], desks.map(desk => {
            const of = state => counts.filter(count => count.desk === desk && count.state === state)
                .reduce((sum, count) => sum + count.items, 0);
            return [desk, ...present.map(state => String(of(state))),
                String(present.reduce((sum, state) => sum + of(state), 0))];
        }))];
}

function aiShare(shares) {
    const measured = shares.filter(share => share.share !== undefined && share.share !== null);
    if (!measured.length) {
        return nothing(shares.length ? 'The releases in this window recorded no label decision to measure.'
            : 'No article was released in this window.');
    }
    return [barChart('ai-share', measured.map(share => ({key: share.desk, label: share.desk, value: share.share,
            text: percent(share.share), kind: 'ai'})), {max: 1, axis: 'share of the released sentences the AI wrote',
            format: percent}),
        figuresTable('AI share of the released articles, per desk', ['Desk', 'Releases', 'Sentences',
                'As the AI drafted them', 'AI share'],
            shares.map(share => [share.desk, String(share.releases) + (share.labelled < share.releases
                ? ' (' + share.labelled + ' measured)' : ''), String(share.sentences), String(share.aiSentences),
                percent(share.share)]))];
}

function findings(counts) {
    if (!counts.length) {
        return nothing('The checks raised no finding in this window.');
    }
    const byKind = new Map();
    for (const count of counts) {
        const key = count.checkId + ' ' + words(count.verdict);
        byKind.set(key, (byKind.get(key) || 0) + count.findings);
    }
    const bars = [...byKind].sort((a, b) => b[1] - a[1]).slice(0, MOST_FINDING_KINDS)
        .map(([label, value]) => ({label, value, kind: 'finding'}));
    return [barChart('findings', bars, {axis: 'findings'}),
        byKind.size > MOST_FINDING_KINDS ? el('p', {class: 'hint'}, 'The ' + MOST_FINDING_KINDS + ' most frequent of '
            + byKind.size + ' kinds; the table has them all.') : null,
        figuresTable('Findings by check, category, verdict and severity', ['Check', 'Category', 'Verdict',
                'Severity', 'Findings', 'Open', 'Fixed', 'Accepted', 'Overridden'],
            counts.map(count => [count.checkId, count.category, words(count.verdict), words(count.severity),
                count.findings, count.open, count.fixed, count.accepted, count.overridden].map(String)))];
}

function overrides(rate) {
    if (!rate.resolved) {
        return nothing('Nobody resolved a finding in this window, so there is no rate.');
    }
    const kept = rate.resolved - rate.overridden;
    return [el('p', {class: 'figure', id: 'override-rate'}, el('strong', {}, percent(rate.rate)), ' — '
        + rate.overridden + ' of ' + rate.resolved + ' resolved findings overridden'),
    barChart('overrides', [
        {key: 'OVERRIDDEN', label: 'overridden', value: rate.overridden, kind: 'overridden'},
        {key: 'OTHER', label: 'fixed or accepted', value: kept, kind: 'kept'}], {axis: 'resolved findings'}),
    figuresTable('Resolved findings', ['Resolution', 'Findings'], [['overridden', String(rate.overridden)],
        ['fixed or accepted', String(kept)], ['all resolved', String(rate.resolved)]])];
}

/** A duration in seconds as people say it: "45 s", "12 min", "3 h 10 min", "2 d 4 h". */
function duration(seconds) {
    if (seconds < 60) {
        return (seconds < 1 ? Math.round(seconds * 100) / 100 : Math.round(seconds * 10) / 10) + ' s';
    }
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) {
        return minutes + ' min';
    }
    const hours = Math.floor(minutes / 60);
    return hours < 24 ? hours + ' h ' + (minutes % 60) + ' min' : Math.floor(hours / 24) + ' d ' + (hours % 24) + ' h';
}

function reviewTime(time) {
    if (!time.decisions) {
        return nothing('No review round was decided in this window.');
    }
    const bars = [['median', time.medianSeconds], ['mean', time.meanSeconds], ['90th percentile', time.p90Seconds]]
        .map(([label, value]) => ({key: label, label, value, text: duration(value), kind: 'time'}));
    return [el('p', {class: 'figure'}, el('strong', {}, duration(time.medianSeconds)), ' median over '
        + time.decisions + (time.decisions === 1 ? ' decided round' : ' decided rounds')),
    barChart('review-time', bars, {axis: 'time from entering review to the decision', format: duration}),
    figuresTable('Time in review', ['Measure', 'Time', 'Seconds'],
        bars.map(bar => [bar.label, bar.text, String(bar.value)]).concat([['decided rounds',
            String(time.decisions), '']]))];
}
