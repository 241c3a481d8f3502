// The publishers' release desk: approved items waiting for release and released ones that may be withdrawn; for one
// item its disclosure label, what release will publish (the visible line, the credits, the schema.org JSON-LD,
// rendered by the server as the release would render it now), its sources' rights with any running embargo, and
// the release and withdraw actions. A released item shows what its release published.
import {openShell} from './shell.js';
import {ApiError, api, attempt, say} from './api.js';
import {age, dateTime, el, words} from './dom.js';
import {filteredItems} from './item-list.js';
import {judge} from './judgement.js';

const LABELLED_STATES = ['IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'];
const PUBLISHED_STATES = ['RELEASED', 'WITHDRAWN'];
/** What a publisher can do to an item in each state. */
const ACTION_IN = {APPROVED: 'release', RELEASED: 'withdraw'};

const session = await openShell(['publisher']);
const itemId = new URLSearchParams(location.search).get('id');
let item;
if (session && itemId) {
    document.getElementById('list-view').hidden = true;
    document.getElementById('item-view').hidden = false;
    document.getElementById('label-form').addEventListener('submit', setLabel);
    document.getElementById('release-form').addEventListener('submit', release);
    document.getElementById('withdraw-form').addEventListener('submit', withdraw);
    await load();
} else if (session) {
    await filteredItems(['state', 'desk'], 'items', row);
}

// --- the list ---------------------------------------------------------------------------------------------------

function row(found) {
    return el('tr', {'data-item-id': found.id},
        el('td', {}, el('a', {href: 'release.html?id=' + encodeURIComponent(found.id)}, found.title || '(untitled)')),
        el('td', {}, found.desk), el('td', {}, el('span', {class: 'state ' + found.state}, words(found.state))),
        el('td', {}, found.requestedBy), el('td', {}, age(found.stateSince)));
}

// --- one item ---------------------------------------------------------------------------------------------------

/** Shows the item as it is now; false when it could not be read (the refusal is shown). */
async function load() {
    const found = await attempt(() => api('items/' + encodeURIComponent(itemId)));
    if (!found) {
        return false;
    }
    item = found;
    document.title = item.title + ' · Release · Imprimatur';
    document.getElementById('title').textContent = item.title;
    document.getElementById('facts').textContent = [words(item.kind), 'desk ' + item.desk, words(item.state),
        'revision ' + item.revision, 'requested by ' + item.requestedBy,
        item.approvedBy ? 'approved by ' + item.approvedBy : null,
        item.releasedBy ? 'released by ' + item.releasedBy : null].filter(Boolean).join(' · ');
    renderLabel();
    renderActions();
    await Promise.all([renderPublication(), renderSources(item.modelCard.sourceIds),
        ACTION_IN[item.state] ? judge('items/' + encodeURIComponent(itemId), [ACTION_IN[item.state]]) : null]);
    return true;
}

function renderLabel() {
    const label = item.disclosure;
    document.getElementById('label-current').replaceChildren(...(label
        ? ['“', el('span', {id: 'label-statement-shown'}, label.statement), '” · ', el('code', {}, label.digitalSourceType),
            ' · set by ' + label.decidedBy + ', ' + dateTime(label.decidedAt)]
        : [el('strong', {}, 'No label is set yet.'), ' The release needs one: set it below, with the desk\'s line or '
            + 'a statement of your own.']));
    const form = document.getElementById('label-form');
    form.hidden = !LABELLED_STATES.includes(item.state);
    document.getElementById('set-label').textContent = label ? 'Change the label' : 'Set the label';
}

/** Before release, the server's preview of what release would publish; after it, what was published. */
async function renderPublication() {
    const published = PUBLISHED_STATES.includes(item.state);
    document.getElementById('publication-heading').textContent = published ? 'What was published'
        : 'What release will publish';
    const publication = await attempt(() => api('items/' + encodeURIComponent(itemId) + '/publication'
        + (published ? '' : '/preview')));
    const note = document.getElementById('publication-note');
    document.getElementById('publication').hidden = !publication;
    if (!publication) {
        note.textContent = published ? 'What was published cannot be shown.' : 'No preview can be shown.';
        return;
    }
    if (published) {
        note.textContent = 'Released by ' + publication.publishedBy + ', ' + dateTime(publication.publishedAt)
            + '; SHA-256 ' + publication.sha256 + '.';
    } else {
        note.textContent = (publication.labelSet ? 'With the label set for the item'
            : 'The label is not set yet: this shows the desk\'s line and the type that fits the item, the label '
                + 'that setting it with the defaults gives')
            + '; as if you released it now, with the sources\' rights as they are now.';
    }
    // A released image as published, its label embedded as XMP; before release, the picture as it was submitted.
    const picture = document.getElementById('picture');
    picture.hidden = !item.image;
    if (item.image) {
        const image = document.getElementById('picture-image');
        image.alt = 'The picture ' + (published ? 'as published' : 'to be released') + ': ' + publication.text;
        image.src = 'api/v1/items/' + encodeURIComponent(itemId) + (published ? '/publication/image' : '/image');
    }
    document.getElementById('disclosure-line').textContent = publication.disclosureLine;
    document.getElementById('credits').replaceChildren(...publication.credits.map(line => el('li', {}, line)));
    document.getElementById('no-credits').hidden = publication.credits.length > 0;
    document.getElementById('published-text').textContent = publication.text;
    document.getElementById('json-ld').textContent = JSON.stringify(publication.jsonLd, null, 2);
}

/** The rights of each source the model card names; a running embargo is announced above everything else. */
async function renderSources(sourceIds) {
    const sources = await Promise.all(sourceIds.map(async id => {
        try {
            return {id, source: await api('sources/' + encodeURIComponent(id))};
        } catch (e) {
            if (e instanceof ApiError && e.status === 404) {
                return {id, source: null};
            }
            throw e;
        }
    })).catch(e => {
        say(e instanceof ApiError ? e.message : 'Something went wrong: ' + e.message, 'error');
        return [];
    });
    const now = Date.now();
    const embargoed = source => Boolean(source?.rights.embargoUntil) && Date.parse(source.rights.embargoUntil) > now;
    document.getElementById('sources').replaceChildren(...sources.map(({id, source}) => {
        if (!source) {
            return el('tr', {'data-source-id': id}, el('td', {}, el('code', {}, id)),
                el('td', {colspan: '3'}, 'Not held here: no rights are recorded for it.'));
        }
        const until = source.rights.embargoUntil;
        return el('tr', {'data-source-id': id, class: embargoed(source) ? 'embargoed' : null},
            el('td', {}, source.title || id, ' ', el('code', {}, id)),
            el('td', {}, source.rights.creditLine || '—'), el('td', {}, source.rights.licence || '—'),
            el('td', {}, !until ? 'none' : embargoed(source)
                ? el('strong', {}, 'embargoed until ' + dateTime(until)) : 'ended ' + dateTime(until)));
    }));
    const running = sources.filter(({source}) => embargoed(source));
    document.getElementById('no-sources').hidden = sourceIds.length > 0;
    const notice = document.getElementById('embargo-notice');
    notice.hidden = running.length === 0 || !LABELLED_STATES.includes(item.state);
    notice.textContent = running.map(({id, source}) => 'Embargoed until ' + dateTime(source.rights.embargoUntil)
        + ': ' + (source.title || id) + '.').join(' ') + ' The release will be refused until the embargo ends.';
}

function renderActions() {
    const state = item.state;
    document.getElementById('release-form').hidden = state !== 'APPROVED';
    document.getElementById('withdraw-form').hidden = state !== 'RELEASED';
    const none = document.getElementById('no-action');
    none.hidden = state === 'APPROVED' || state === 'RELEASED';
    none.textContent = 'This item is ' + words(state) + (PUBLISHED_STATES.includes(state) ? '.'
        : ': it can be released once it is approved.');
}

async function setLabel(event) {
    event.preventDefault();
    const body = {};
    const statement = document.getElementById('label-statement').value.trim();
    const type = document.getElementById('label-type').value;
    if (statement) {
        body.statement = statement;
    }
    if (type) {
        body.digitalSourceType = type;
    }
    const done = await attempt(() => api('items/' + encodeURIComponent(itemId) + '/disclosure',
        {method: 'PUT', body}));
    if (done !== undefined && await load()) {
        say('The label is set: “' + item.disclosure.statement + '”.', 'success');
    }
}

async function release(event) {
    event.preventDefault();
    await transition({action: 'release', expectedRevision: item.revision});
}

async function withdraw(event) {
    event.preventDefault();
    const reason = document.getElementById('withdraw-reason').value.trim();
    if (!reason) {
        say('Say why the item is withdrawn: the ledger keeps the reason.', 'error');
        document.getElementById('withdraw-reason').focus();
        return;
    }
    await transition({action: 'withdraw', expectedRevision: item.revision, reason});
}

async function transition(body) {
    const done = await attempt(() => api('items/' + encodeURIComponent(itemId) + '/transitions',
        {method: 'POST', body}));
    if (done !== undefined && await load()) {
        say('Done: the item is now ' + words(item.state) + '.', 'success');
    }
}
