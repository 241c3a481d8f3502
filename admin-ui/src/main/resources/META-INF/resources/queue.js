// The reviewers' queue: items by state, desk and assignee, longest waiting first, with their age and review SLA.
import {openShell} from './shell.js';
import {api, attempt, say} from './api.js';
import {age, dateTime, el, words} from './dom.js';
import {filteredItems} from './item-list.js';

const session = await openShell(['reviewer']);
if (session) {
    document.getElementById('next-item').addEventListener('click', takeNext);
    await filteredItems(['state', 'desk', 'assignee'], 'queue', row);
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
