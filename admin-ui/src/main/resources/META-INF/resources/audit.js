// The compliance officer's audit: whether the ledger is intact and the latest checkpoint signed with its key, a
// search of the ledger's entries (each one whole on demand), and the way to an item's dossier. The search lives in
// the page's address too (audit.html?itemId=...), so that a search can be bookmarked or linked to.
import {openShell} from './shell.js';
import {api, attempt, say} from './api.js';
import {dateTime, el, words} from './dom.js';
import {filterQuery, wireFilters} from './filters.js';

const FILTERS = ['itemId', 'actor', 'type', 'from', 'to', 'model'];
const PAGE_SIZE = 50;
/** The payload members that say most about an entry, in the order they are shown; others follow. */
const TELLING = ['action', 'state', 'reason', 'checkId', 'outcome', 'summary', 'resolution', 'title', 'desk',
    'revision', 'provider', 'model', 'target', 'statement'];
let page = 0;
let asked = 0;

const session = await openShell(['compliance', 'admin']);
if (session) {
    wireFilters('search', FILTERS, () => search(0));
    document.getElementById('more').addEventListener('click', () => search(page + 1));
    document.getElementById('verify').addEventListener('click', verify);
    await search(0);
}

async function search(pageNo) {
    const query = filterQuery(FILTERS);
    query.set('page', pageNo);
    query.set('size', PAGE_SIZE);
    // Only the answer to the latest search is shown, whichever arrives last.
    const asking = ++asked;
    const found = await attempt(() => api('ledger?' + query));
    if (!found || asking !== asked) {
        return;
    }
    page = pageNo;
    const rows = found.entries.map(row);
    const body = document.getElementById('entries');
    if (pageNo === 0) {
        body.replaceChildren(...rows);
    } else {
        body.append(...rows);
        rows[0]?.querySelector('a, summary')?.focus();
    }
    const total = body.rows.length;
    document.getElementById('no-entries').hidden = total > 0;
    document.getElementById('more').hidden = !found.more;
    document.getElementById('ledger-caption').textContent = 'Newest first: ' + total
        + (total === 1 ? ' entry' : ' entries') + (found.more ? ' shown, more match' : '');
}

function row(entry) {
    const item = entry.itemId
        ? el('a', {href: 'dossier.html?id=' + encodeURIComponent(entry.itemId), title: entry.itemId},
            entry.itemId.slice(0, 8) + '…')
        : '—';
    return el('tr', {'data-seq': entry.seq},
        el('td', {}, String(entry.seq)), el('td', {}, dateTime(entry.recordedAt)),
        el('td', {}, el('span', {class: 'event'}, words(entry.type))), el('td', {}, entry.actor), el('td', {}, item),
        el('td', {}, el('p', {class: 'summary'}, summary(entry.payload)),
            el('details', {}, el('summary', {}, 'Entry #' + entry.seq + ' whole'),
                el('pre', {class: 'json', tabindex: '0'}, JSON.stringify(entry, null, 2)))));
}

/** A line of the payload's plain members, the telling ones first, each value cut short: the whole is below it. */
function summary(payload) {
    const names = Object.keys(payload || {});
    const ordered = [...TELLING.filter(name => names.includes(name)), ...names.filter(name => !TELLING.includes(name))];
    const parts = ordered.filter(name => ['string', 'number', 'boolean'].includes(typeof payload[name])
        && String(payload[name]) !== '')
        .map(name => name + ': ' + cut(String(payload[name]), 48));
    const line = parts.slice(0, 5).join(' · ');
    return line || '(' + names.length + (names.length === 1 ? ' member' : ' members') + ')';
}

function cut(text, length) {
    return text.length > length ? text.slice(0, length - 1) + '…' : text;
}

async function verify() {
    const button = document.getElementById('verify');
    button.disabled = true;
    const output = document.getElementById('verification');
    output.replaceChildren(el('p', {}, 'Recomputing the chain…'));
    try {
        const [result, checkpoint] = await attempt(() => Promise.all([api('ledger/verify'), api('ledger/checkpoint')]))
            || [];
        if (!result) {
            output.replaceChildren();
            return;
        }
        output.replaceChildren(verdict(result), signed(checkpoint, result.entries));
        say(result.valid ? 'The ledger is intact.' : 'The ledger is broken at entry #' + result.firstBrokenSeq + '.',
            result.valid ? 'success' : 'error');
    } finally {
        button.disabled = false;
    }
}

function verdict(result) {
    if (result.valid) {
        return el('p', {id: 'ledger-verdict', class: 'verdict intact'},
            el('strong', {}, 'Intact. '), 'All ' + result.entries + ' entries recompute to the hashes stored, each '
            + 'linked to the one before; the chain ends in ', el('code', {}, result.head), '.');
    }
    return el('p', {id: 'ledger-verdict', class: 'verdict broken'},
        el('strong', {}, 'Broken at entry #' + result.firstBrokenSeq + '. '),
        String(result.problem).replace(/\.?$/, '. '), result.entries + ' entries were checked. From that entry on, '
        + 'what the ledger says cannot be relied on until the break is explained.');
}

function signed(checkpoint, entries) {
    const behind = entries - checkpoint.treeSize;
    const sign = el('button', {type: 'button', id: 'sign-checkpoint'}, 'Sign a checkpoint now');
    sign.addEventListener('click', signNow);
    return el('div', {class: 'checkpoint'},
        el('h3', {}, 'Latest signed checkpoint'),
        el('dl', {id: 'checkpoint'},
            el('dt', {}, 'Entries covered (tree size)'), el('dd', {id: 'checkpoint-size'}, String(checkpoint.treeSize)),
            el('dt', {}, 'Merkle root (SHA-256)'), el('dd', {}, el('code', {}, checkpoint.rootHash)),
            el('dt', {}, 'Signing key id'), el('dd', {}, el('code', {}, checkpoint.keyId)),
            el('dt', {}, 'Signed'), el('dd', {}, dateTime(checkpoint.signedAt))),
        el('p', {id: 'checkpoint-coverage'}, behind > 0
            ? 'It covers entries 1 to ' + checkpoint.treeSize + ' of ' + entries + '; the ' + behind
                + (behind === 1 ? ' entry' : ' entries') + ' since are in the chain but under no signature yet. '
            : 'It covers every entry. ', behind > 0 ? sign : null),
        el('details', {}, el('summary', {}, 'The signed note'), el('pre', {class: 'json', tabindex: '0'}, checkpoint.note)),
        el('p', {class: 'hint'}, 'Check it offline with the verifier key from ',
            el('a', {href: 'api/v1/ledger/public-key'}, 'api/v1/ledger/public-key'), '.'));
}

/** Signs a checkpoint of the ledger as it is now (the endpoint answers with the note as text), then verifies again. */
async function signNow() {
    const done = await attempt(() => api('ledger/checkpoints', {method: 'POST', accept: 'text/plain'}));
    if (done !== undefined) {
        await verify();
        document.getElementById('verify').focus();
    }
}
