// Inline editing: the text and title become a form; saving writes a new revision (naming the revision edited, so
// that no edit silently overwrites another), and the automatic checks run again on it, followed here until done.
import {api, attempt, followJob, say} from './api.js';
import {words} from './dom.js';

const EDITABLE = ['IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'];
const UNFINISHED = ['QUEUED', 'RUNNING'];
/** How long the checks are followed before the page gives up waiting and says so. */
const CHECKS_DEADLINE_MS = 5 * 60 * 1000;

const edit = () => document.getElementById('edit');
const form = () => document.getElementById('edit-form');
const text = () => document.getElementById('body');

/** Whether this person may write a revision of the item as it stands. */
export function mayEdit(item, session) {
    return ['editor', 'reviewer'].some(role => session.roles.includes(role)) && EDITABLE.includes(item.state)
        && Boolean(item.body);
}

/** Shows the edit button where editing is allowed and the form is not already open. */
export function offerEditing(item, session) {
    edit().hidden = !mayEdit(item, session) || !form().hidden;
}

/** Wires the edit button and form; {@code revised} gets the item with its new revision. */
export function wireEditing(path, currentItem, revised) {
    edit().addEventListener('click', () => {
        const item = currentItem();
        document.getElementById('edit-title').value = item.title;
        document.getElementById('edit-body').value = item.body;
        text().hidden = true;
        edit().hidden = true;
        form().hidden = false;
        document.getElementById('edit-body').focus();
    });
    document.getElementById('edit-cancel').addEventListener('click', () => {
        close();
        edit().focus();
    });
    form().addEventListener('submit', async event => {
        event.preventDefault();
        const item = currentItem();
        const saved = await attempt(() => api(path + '/revisions', {method: 'POST', body: {
            title: document.getElementById('edit-title').value.trim(),
            body: document.getElementById('edit-body').value,
            expectedRevision: item.revision,
        }}));
        if (saved) {
            close();
            say('Revision ' + saved.revision + ' is saved; the checks run again on it.', 'success');
            await revised(saved);
            edit().focus();
        }
    });
}

function close() {
    form().hidden = true;
    text().hidden = false;
    edit().hidden = false;
}

/**
 * Shows where the checks of the item's latest revision stand and, while they run, follows their job's events
 * (or, should the stream fail, asks for the item now and then) until they finish; then calls {@code finished}.
 * With {@code announce} (after an edit) checks that finished already are said to have run too.
 */
export function followChecks(path, item, finished, {announce = false} = {}) {
    const status = document.getElementById('checks-status');
    const checks = item.checks;
    const revision = item.revision;
    const running = progress => {
        status.hidden = false;
        status.className = 'checks-status running';
        status.textContent = 'The checks are running on revision ' + revision + ' (' + progress + ' %)…';
    };
    const ended = job => {
        status.hidden = false;
        status.className = 'checks-status ' + (job.status === 'SUCCEEDED' ? 'done' : 'failed');
        status.textContent = job.status === 'SUCCEEDED'
            ? 'The checks of revision ' + revision + ' have finished; the findings below are theirs.'
            : 'The checks of revision ' + revision + ' ' + words(job.status) + ': ' + (job.error || 'no reason given');
    };
    const done = job => {
        ended(job);
        finished();
    };
    if (!checks || !UNFINISHED.includes(checks.status)) {
        // Already done (fast checks after an edit are said to have run; on opening the page nothing is said).
        if (checks && announce) {
            ended(checks);
        } else {
            status.hidden = true;
        }
        return;
    }
    running(checks.progress);
    followJob(checks.jobId, {
        onProgress: job => running(job.progress),
        onEnd: done,
        onLost: () => poll(path, revision, Date.now() + CHECKS_DEADLINE_MS, running, done),
    });
}

/** Asks for the item every two seconds until the checks of the revision finish or the deadline passes. */
async function poll(path, revision, deadline, running, done) {
    while (Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 2000));
        const item = await api(path).catch(() => null);
        if (item && item.revision !== revision) {
            return;
        }
        const checks = item && item.checks;
        if (checks && !UNFINISHED.includes(checks.status)) {
            done({status: checks.status});
            return;
        }
        if (checks) {
            running(checks.progress);
        }
    }
    say('The checks of revision ' + revision + ' are taking long; reload the page later to see their findings.',
        'info');
}
