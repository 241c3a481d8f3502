// An item's audit dossier, to read: what was asked for, the sources with their digests and rights, every revision
// with what changed, the check reports, the findings and how people resolved them, the decisions with their policy
// results, the label and what was published, and the checkpoint it all verifies against. The JSON (with every
// entry's inclusion proof) and the PDF download as plain links: the session cookie signs them.
import {openShell} from './shell.js';
import {api, attempt} from './api.js';
import {dateTime, el, words} from './dom.js';

const session = await openShell(['compliance', 'admin']);
const itemId = new URLSearchParams(location.search).get('id');
if (session) {
    if (!itemId) {
        document.getElementById('sections').append(el('p', {}, 'No item is named. Open a dossier from the ',
            el('a', {href: 'audit.html'}, 'audit'), ' screen.'));
    } else {
        await load();
    }
}

async function load() {
    const path = 'api/v1/items/' + encodeURIComponent(itemId) + '/dossier?format=';
    document.getElementById('download-json').href = path + 'json';
    document.getElementById('download-pdf').href = path + 'pdf';
    const dossier = await attempt(() => api('items/' + encodeURIComponent(itemId) + '/dossier'));
    if (!dossier) {
        return;
    }
    const item = dossier.item;
    const revisions = dossier.revisions || [];
    const latest = revisions[revisions.length - 1];
    const title = latest ? latest.title : item.id;
    document.title = 'Dossier: ' + title + ' · Imprimatur';
    document.getElementById('title').textContent = 'Audit dossier: ' + title;
    document.getElementById('facts').textContent = ['AI-generated ' + words(item.kind), 'desk ' + item.desk,
        words(item.state), 'requested by ' + item.requestedBy, 'created ' + dateTime(item.createdAt),
        'last change ' + dateTime(item.updatedAt), 'id ' + item.id].join(' · ');
    document.getElementById('sections').replaceChildren(...[
        published(dossier.published),
        dossier.request ? request(dossier.request) : null,
        sources(dossier.sources || []),
        section('revisions', 'Revisions', revisions.map(revision)),
        checks(dossier.checks || []),
        findings(dossier.findings || []),
        transitions(dossier.transitions || []),
        verification(dossier.checkpoint, (dossier.ledger || []).length)].filter(Boolean));
}

function section(id, heading, ...content) {
    return el('section', {id: id, 'aria-labelledby': id + '-heading'}, el('h2', {id: id + '-heading'}, heading),
        ...content);
}

/** A definition list of label and value pairs, leaving out the values that are absent. */
function facts(pairs) {
    return el('dl', {class: 'facts-list'}, pairs.filter(([, value]) => value !== undefined && value !== null
        && value !== '').flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

function table(caption, headings, rows, empty) {
    if (!rows.length) {
        return el('p', {}, empty);
    }
    return el('table', {class: 'items'}, el('caption', {}, caption),
        el('thead', {}, el('tr', {}, headings.map(heading => el('th', {scope: 'col'}, heading)))),
        el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell => el('td', {}, cell))))));
}

function code(text) {
    return el('code', {class: 'hash'}, text);
}

/** Any JSON value as a line a person reads; objects and arrays as compact JSON. */
function plain(value) {
    return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function published(release) {
    if (!release) {
        return section('published', 'Label and publication', el('p', {}, 'Not released: nothing was published.'));
    }
    const decision = release.labelDecision;
    const text = decision && decision.text;
    const label = release.disclosure;
    return section('published', 'Label and publication', facts([
        ['Published revision', String(release.revision) + ' by ' + release.releasedBy],
        ['SHA-256 of what was published', release.sha256 ? code(release.sha256) : null],
        ['SHA-256 of the released text', code(release.bodySha256)],
        ['Disclosure line', label ? label.statement : null],
        ['IPTC digital source type', label ? label.digitalSourceType : null],
        ['Label decided', label ? label.decidedBy + ', ' + dateTime(label.decidedAt) : null],
        ['AI share of the text', text ? text.aiSentences + ' of ' + text.sentences + ' sentences as the AI drafted '
            + 'them (' + Math.round(text.aiShare * 100) + ' %), ' + text.editedSentences + ' written or edited by '
            + 'people' : null],
        ['Human review', decision ? (decision.humanReview.done ? 'approved by '
            + decision.humanReview.approvedBy.join(', ') : 'none') : null],
        ['Responsible editor', decision ? decision.responsibleEditor : null],
        ['Credits', release.credits && release.credits.length ? release.credits.join('; ') : null]]));
}

function request(asked) {
    const shown = Object.entries(asked).filter(([name]) => !['requestedBy', 'requestedAt', 'ledgerSeq'].includes(name));
    return section('request', 'What was asked for', facts([
        ['Requested by', asked.requestedBy + ', ' + dateTime(asked.requestedAt) + ' (ledger entry #' + asked.ledgerSeq
            + ')'],
        ...shown.map(([name, value]) => [name, plain(value)])]));
}

function sources(list) {
    return section('sources', 'Sources', table('The sources the model cards name, as ingested',
        ['Source', 'SHA-256 of the original', 'Rights', 'Ingested'],
        list.map(source => source.sha256
            ? [[el('strong', {}, source.title), el('br'), source.origin, el('br'), source.mediaType + ', '
                + source.bytes + ' bytes'], code(source.sha256),
                [source.rights.licence, el('br'), 'credit: ' + source.rights.creditLine,
                    source.rights.embargoedUntil ? ['; embargo until ', dateTime(source.rights.embargoedUntil)] : ''],
                source.ingestedBy + ', ' + dateTime(source.ingestedAt)]
            : [source.id, 'not stored here', '—', '—']),
        'The model cards name no source.'));
}

function revision(shown) {
    const card = shown.modelCard || {};
    return el('article', {class: 'revision', 'aria-labelledby': 'revision-' + shown.number},
        el('h3', {id: 'revision-' + shown.number}, 'Revision ' + shown.number + ' by ' + shown.author + ', '
            + dateTime(shown.createdAt)),
        facts([['Title', shown.title],
            ['Model', [card.provider, card.model, card.modelVersion].filter(Boolean).join(' / ')],
            ['Prompt SHA-256', card.promptSha256 ? code(card.promptSha256) : null],
            ['Text SHA-256', code(shown.bodySha256)]]),
        shown.diff ? [el('p', {}, 'Changes from the revision before, one sentence a line:'), diff(shown.diff)] : null,
        el('details', {open: !shown.diff}, el('summary', {}, 'The text of revision ' + shown.number),
            el('p', {class: 'body'}, shown.body)));
}

/** A unified diff with its added and removed lines marked (by a class, and by their + or - for those who hear it). */
function diff(text) {
    return el('pre', {class: 'diff', tabindex: '0'}, text.split('\n').map(line => el('span', {class: line.startsWith('+')
            && !line.startsWith('+++') ? 'added' : line.startsWith('-') && !line.startsWith('---') ? 'removed'
            : null}, line + '\n')));
}

function checks(list) {
    return section('checks', 'Automatic checks', table('Each report as stored; its SHA-256 is what the ledger holds',
        ['Revision', 'Check', 'Outcome', 'Ran', 'SHA-256 of the report'],
        list.map(check => [String(check.revision), check.checkId, words(check.outcome), dateTime(check.createdAt),
            code(check.sha256)]),
        'No check ran.'));
}

function findings(list) {
    return section('findings', 'Findings and their resolutions', table('What the checks found, and what people did',
        ['Revision', 'Check', 'Verdict', 'Text', 'Status', 'Resolution'],
        list.map(finding => [String(finding.revision), finding.checkId + ' / ' + finding.category,
            words(finding.verdict) + ', ' + words(finding.severity) + ' severity',
            [el('q', {}, finding.text), finding.message ? [el('br'), finding.message] : ''],
            el('span', {class: 'finding-status ' + finding.status}, words(finding.status)),
            finding.resolvedBy ? finding.resolvedBy + (finding.resolvedAt ? ', ' + dateTime(finding.resolvedAt) : '')
                + (finding.resolutionReason ? ': ' + finding.resolutionReason : '') : '—']),
        'The checks found nothing.'));
}

function transitions(list) {
    return section('transitions', 'Decisions', list.length ? el('ol', {class: 'transitions'}, list.map(step =>
        el('li', {},
            el('p', {}, el('strong', {}, words(step.event)), ' by ', step.actor, ', ', dateTime(step.at),
                step.state ? ' → ' + words(step.state) : '', ' (ledger entry #' + step.seq + ')'),
            step.reason ? el('p', {}, 'Reason: ', step.reason) : null,
            (step.policies || []).map(policy)))) : el('p', {}, 'No decision yet.'));
}

function policy(result) {
    return el('div', {class: 'policy'},
        el('p', {}, 'Policy ', el('code', {}, result.policy), ': ', result.allowed ? 'allowed' : 'refused'),
        el('ul', {class: 'rules'}, (result.rules || []).map(rule => el('li', {class: rule.passed ? 'passed' : 'failed'},
            (rule.passed ? 'passed: ' : 'failed: ') + rule.rule + (rule.reason ? ' — ' + rule.reason : '')))));
}

function verification(checkpoint, entries) {
    return section('verification', 'Verification', el('p', {}, 'The ledger holds ' + entries + ' entries about this '
        + 'item. The JSON download carries each with its canonical bytes and an RFC 9162 inclusion proof against '
        + 'the root of this checkpoint, signed for the dossier:'),
    facts([['Entries covered (tree size)', String(checkpoint.treeSize)], ['Merkle root', code(checkpoint.rootHash)],
        ['Verifier key', code(checkpoint.verifierKey)]]),
    el('details', {}, el('summary', {}, 'The signed note'), el('pre', {class: 'json', tabindex: '0'}, checkpoint.note)));
}
