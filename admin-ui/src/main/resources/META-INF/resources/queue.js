// The reviewers' queue: items by state, desk and assignee, longest waiting first, with their age and review SLA.
// The filters live in the page's address too (queue.html?desk=metro), so that a filtered queue can be bookmarked.
import {openShell} from './shell.js';
import {api, attempt, say} from './api.js';
import {age, dateTime, el, words} from './dom.js';

const FILTERS = ['state', 'desk', 'assignee'];
let shown = 0;

const session = await openShell(['reviewer']);
if (session) {
    const asked = new URLSearchParams(location.search);
    for (const filter of FILTERS.filter(name => asked.has(name))) {
        document.getElementById(filter).value = asked.get(filter);
    }
    document.getElementById('filters').addEventListener('submit', event => {
        event.preventDefault();
        show();
    });
    document.getElementById('next-item').addEventListener('click', takeNext);
    await show();
}

/** Assigns the reviewer the item that has waited longest (on the chosen desk) among those they may pass, and opens it. */
async function takeNext() {
    const desk = document.getElementById('desk').value.trim();
    const item = await attempt(() => api('review/next' + (desk ? '?desk=' + encodeURIComponent(desk) : ''),
        {method: 'POST'}));
    if (item) {
        location.assign('item.html?id=' + encodeURIComponent(item.id));
    } else if (item === null) {
        say('Nothing waits for you' + (desk ? ' on the desk ' + desk : '') + ': every item in review is taken, or '
            + 'yours.', 'info');
    }
}

async function show() {
    const filters = new URLSearchParams();
    for (const filter of FILTERS) {
        filters.set(filter, document.getElementById(filter).value.trim());
    }
    history.replaceState(null, '', '?' + filters);
    const query = new URLSearchParams([...filters].filter(([, value]) => value));
    query.set('sort', 'age');
    query.set('size', '200');
    // Only the answer to the latest filters is shown, whichever arrives last.
    const asking = ++shown;
    const page = await attempt(() => api('items?' + query));
    if (!page || asking !== shown) {
        return;
    }
    document.getElementById('queue').replaceChildren(...page.items.map(row));
    document.getElementById('empty').hidden = page.items.length > 0;
}

function row(item) {
    const due = item.slaDueAt
        ? [dateTime(item.slaDueAt), item.overdue ? el('span', {class: 'overdue'}, ' overdue') : null]
        : '—';
    return el('tr', {class: item.overdue ? 'late' : null, 'data-item-id': item.id},
        el('td', {}, el('a', {href: 'item.html?id=' + encodeURIComponent(item.id)}, item.title || '(untitled)')),
        el('td', {}, item.desk), el('td', {}, el('span', {class: 'state ' + item.state}, words(item.state))),
        el('td', {}, item.requestedBy), el('td', {}, item.assignee || '—'),
        el('td', {}, age(item.stateSince)), el('td', {}, due));
}
