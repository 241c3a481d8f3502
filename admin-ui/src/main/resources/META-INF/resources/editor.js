// The editor's "new draft" screen: sources (files by drop or by choice, each with its upload progress and
// extraction result, and web pages), the brief, the provider, the job's live progress and the draft it made.
import {openShell} from './shell.js';
import {api, attempt, followJob, say, upload} from './api.js';
import {age, el, words} from './dom.js';

const session = await openShell(['editor']);
if (session) {
    wireSources();
    wireDraft();
    await Promise.all([providers(), myItems()]);
}

function wireSources() {
    const zone = document.getElementById('drop-zone');
    const input = document.getElementById('files');
    input.addEventListener('change', () => {
        addFiles(input.files);
        input.value = '';
    });
    zone.addEventListener('dragover', event => {
        event.preventDefault();
        zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', event => {
        event.preventDefault();
        zone.classList.remove('dragging');
        addFiles(event.dataTransfer.files);
    });
    document.getElementById('url-form').addEventListener('submit', async event => {
        event.preventDefault();
        const url = document.getElementById('url');
        const row = sourceRow(url.value);
        row.status.textContent = 'Fetching…';
        try {
            accepted(row, await api('sources', {method: 'POST', body: {url: url.value}}));
            url.value = '';
        } catch (e) {
            refused(row, e);
        }
    });
}

function addFiles(files) {
    for (const file of files) {
        const row = sourceRow(file.name);
        const bar = el('progress', {max: 100, value: 0, 'aria-label': 'Upload of ' + file.name});
        row.item.insertBefore(bar, row.status);
        row.status.textContent = 'Uploading…';
        upload('sources', file, share => {
            bar.value = Math.round(share * 100);
            if (share === 1) {
                row.status.textContent = 'Reading the text…';
            }
        }).then(source => accepted(row, source), e => refused(row, e));
    }
}

/** A line in the sources list: its name, later a checkbox to use it, and its status. */
function sourceRow(name) {
    const item = el('li', {class: 'source'}, el('span', {class: 'name'}, name));
    const status = el('span', {class: 'status'});
    item.append(status);
    document.getElementById('uploads').append(item);
    return {item, status};
}

function accepted(row, source) {
    const use = el('input', {type: 'checkbox', checked: true, class: 'use-source', 'data-source-id': source.id});
    row.item.prepend(el('label', {class: 'use'}, use, ' use'));
    row.status.textContent = `Read: “${source.title || 'untitled'}”, ${source.passages} sentences (${source.mediaType}`
        + (source.language ? ', ' + source.language : '') + ')';
    row.item.classList.add('ok');
}

function refused(row, error) {
    row.status.textContent = 'Not added: ' + error.message;
    row.item.classList.add('failed');
}

async function providers() {
    const select = document.getElementById('provider');
    const installed = await attempt(() => api('plugins')) || [];
    const drafting = installed.filter(plugin => plugin.spi === 'drafting');
    select.append(...drafting.map(plugin => el('option', {value: plugin.id, selected: plugin.id === 'grounded'},
        plugin.id === 'grounded' ? 'grounded (embedded, offline)' : plugin.id)));
}

function wireDraft() {
    document.getElementById('draft-form').addEventListener('submit', async event => {
        event.preventDefault();
        const sourceIds = [...document.querySelectorAll('.use-source:checked')].map(box => box.dataset.sourceId);
        if (!sourceIds.length) {
            say('Add at least one source first: the draft rests on your sources.', 'error');
            return;
        }
        const value = id => document.getElementById(id).value.trim();
        const brief = {topic: value('topic'), desk: value('desk'), targetWords: Number(value('target-words'))};
        if (value('angle')) {
            brief.angle = value('angle');
        }
        const job = await attempt(() => api('drafts', {method: 'POST',
            body: {brief, sourceIds, provider: value('provider')}}));
        if (job) {
            say('Drafting has started.', 'info');
            follow(job.jobId);
        }
    });
}

/** Follows a job's server-sent events until it succeeds (then links the draft) or fails. */
function follow(jobId) {
    const section = document.getElementById('job');
    const bar = document.getElementById('job-progress');
    const status = document.getElementById('job-status');
    const link = document.getElementById('draft-link');
    section.hidden = false;
    link.hidden = true;
    bar.value = 0;
    status.textContent = 'Queued…';
    const progress = job => {
        bar.value = job.progress;
        status.textContent = words(job.status) + ' (' + job.progress + ' %)';
    };
    followJob(jobId, {
        onProgress: progress,
        onEnd: job => {
            progress(job);
            if (job.status === 'SUCCEEDED') {
                status.textContent = 'The draft is ready and waiting for review.';
                link.href = 'item.html?id=' + encodeURIComponent(job.itemId);
                link.hidden = false;
                link.focus();
                myItems();
            } else {
                status.textContent = 'Drafting failed: ' + (job.error || 'no reason given');
                say('Drafting failed: ' + (job.error || 'no reason given'), 'error');
            }
        },
        onLost: () => say('Lost the connection to the job; reload the page to see your items.', 'error'),
    });
}

async function myItems() {
    const page = await attempt(() => api('items?sort=newest&size=200'));
    if (!page) {
        return;
    }
    const mine = page.items.filter(item => item.requestedBy === session.user);
    document.getElementById('my-items').replaceChildren(...mine.map(item => el('tr', {},
        el('td', {}, el('a', {href: 'item.html?id=' + encodeURIComponent(item.id)}, item.title || '(untitled)')),
        el('td', {}, item.desk), el('td', {}, el('span', {class: 'state ' + item.state}, words(item.state))),
        el('td', {}, age(item.stateSince)))));
    document.getElementById('no-items').hidden = mine.length > 0;
}
