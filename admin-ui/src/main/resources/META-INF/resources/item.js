// One item as a reviewer sees it: the text with every claim coloured by the fact check's verdict, the other
// findings and the commented passages marked where they are, the evidence of the claim in focus, the comments, the
// findings with their resolutions, inline editing, the changes since an earlier revision, and the decision (approve,
// request changes, reject) with how the review policy judges each before the click. Editors see the same without the
// reviewers' actions. The parts live in item-*.js.
import {openShell} from './shell.js';
import {api, attempt, say} from './api.js';
import {el, words} from './dom.js';
import {describe as describeComment, offerCommenting, renderComments, spansOf, wireComments} from './item-comments.js';
import {judgeDecisions, wireDecision} from './item-decision.js';
import {showChanges, wireChanges} from './item-diff.js';
import {followChecks, offerEditing, wireEditing} from './item-edit.js';

const CLAIM_VERDICTS = ['SUPPORTED', 'CONTRADICTED', 'UNVERIFIABLE'];
const RESOLUTIONS = [
    {value: 'accepted', label: 'accepted with evidence'},
    {value: 'overridden', label: 'overridden with a reason (20 characters or more)'},
    {value: 'fixed', label: 'fixed in a later revision'},
];
const DECIDED_BY_REVIEWERS = ['IN_REVIEW', 'CHANGES_REQUESTED'];

const session = await openShell();
const itemId = new URLSearchParams(location.search).get('id');
const path = 'items/' + encodeURIComponent(itemId);
const reviewer = session && session.roles.includes('reviewer');
let item;
if (session) {
    const current = () => item;
    wireDecision(path, current, load);
    wireEditing(path, current, async saved => {
        await load(saved);
        followChecks(path, item, load, {announce: true});
    });
    wireComments(path, current, load);
    wireChanges();
    offerCommenting(session);
    if (await load()) {
        followChecks(path, item, load);
    }
}

/** Shows the item (as given, or as the server has it now) with its comments, changes and judgements. */
async function load(given) {
    const [found, comments] = await Promise.all([given ? Promise.resolve(given) : attempt(() => api(path)),
        attempt(() => api(path + '/comments'))]);
    if (!found) {
        return false;
    }
    item = found;
    document.title = item.title + ' · Imprimatur';
    document.getElementById('title').textContent = item.title;
    document.getElementById('facts').textContent = [words(item.kind), 'desk ' + item.desk, words(item.state),
        'revision ' + item.revision, 'requested by ' + item.requestedBy,
        item.assignee ? 'assigned to ' + item.assignee : 'not assigned'].join(' · ');
    renderPicture(item);
    renderBody(item.body || item.image?.caption || '', item.findings, spansOf(comments || [], item));
    renderFindings(item.findings);
    renderComments(comments || [], item);
    offerEditing(item, session);
    const decision = document.getElementById('decision');
    decision.hidden = !(reviewer && DECIDED_BY_REVIEWERS.includes(item.state));
    await Promise.all([showChanges(path, item), decision.hidden ? null : judgeDecisions(path)]);
    return true;
}

function kindOf(finding) {
    if (CLAIM_VERDICTS.includes(finding.verdict)) {
        return 'claim ' + finding.verdict;
    }
    return finding.checkId === 'toxicity' ? 'toxic' : 'flagged';
}

/**
 * The body cut at every finding's and commented passage's start and end; each piece covered by any of them is a
 * focusable mark carrying the classes of all of them, so that a toxic span inside a claim shows both.
 */
function renderBody(body, findings, comments) {
    // A finding about the whole text (a missing disclosure label) is listed with the findings, not marked.
    const spans = findings.filter(finding => finding.end > finding.start
        && (CLAIM_VERDICTS.includes(finding.verdict) || finding.end - finding.start < body.length));
    const cuts = [...new Set([0, body.length, ...[...spans, ...comments].flatMap(span => [span.start, span.end])])]
        .sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
        const [start, end] = [cuts[i], cuts[i + 1]];
        const covering = spans.filter(finding => finding.start <= start && end <= finding.end);
        const commented = comments.filter(comment => comment.start <= start && end <= comment.end);
        const text = body.slice(start, end);
        if (!covering.length && !commented.length) {
            pieces.push(text);
            continue;
        }
        const mark = el('mark', {class: [...covering.map(kindOf), commented.length ? 'commented' : null]
                .filter(Boolean).join(' '), tabindex: '0',
            'data-finding-ids': covering.length ? covering.map(finding => finding.id).join(' ') : null,
            'data-comment-ids': commented.length ? commented.map(comment => comment.id).join(' ') : null}, text);
        const show = () => showEvidence(covering, commented);
        mark.addEventListener('focus', show);
        mark.addEventListener('mouseenter', show);
        pieces.push(mark);
    }
    document.getElementById('body').replaceChildren(...pieces);
}

/** What a mark carries: the comments on it first (people's words), then each finding with its evidence. */
function showEvidence(findings, comments = []) {
    document.getElementById('evidence').replaceChildren(
        ...comments.map(comment => el('div', {class: 'evidence comment'},
            el('p', {}, el('strong', {}, 'Comment')), describeComment(comment, item))),
        ...findings.map(finding => el('div', {class: 'evidence'},
            el('p', {}, el('strong', {}, describe(finding)), ': “', finding.text, '”'),
            finding.message ? el('p', {}, finding.message) : null,
            finding.evidence.length
                ? el('ol', {}, finding.evidence.map(passage => el('li', {},
                    el('blockquote', {}, passage.passage),
                    el('p', {class: 'source'}, 'Source ', el('code', {}, passage.sourceId),
                        ', characters ' + passage.start + '–' + passage.end + ', score '
                        + passage.score.toFixed(2)))))
                : el('p', {}, 'No passage in the sources bears on it.'))));
}

function describe(finding) {
    const what = CLAIM_VERDICTS.includes(finding.verdict) ? 'Claim ' + words(finding.verdict)
        : finding.checkId + ' ' + words(finding.verdict);
    return finding.severity === 'NONE' ? what : what + ' (' + words(finding.severity) + ' severity)';
}

function renderFindings(findings) {
    document.getElementById('findings').replaceChildren(...findings.map(finding => {
        const entry = el('li', {class: 'finding ' + finding.status, 'data-finding-id': finding.id},
            el('p', {}, el('strong', {}, describe(finding)), ' — ', el('q', {}, finding.text)),
            finding.message ? el('p', {}, finding.message) : null,
            el('p', {class: 'status'}, finding.status === 'OPEN' ? 'Open'
                : words(finding.status) + ' by ' + finding.resolvedBy
                + (finding.resolutionReason ? ': ' + finding.resolutionReason : '')));
        if (reviewer && finding.status === 'OPEN') {
            entry.append(resolveForm(finding));
        }
        return entry;
    }));
    document.getElementById('no-findings').hidden = findings.length > 0;
}

function resolveForm(finding) {
    const choice = el('select', {class: 'resolution'}, RESOLUTIONS.map(option => el('option', {value: option.value},
        option.label)));
    const reason = el('input', {class: 'reason'});
    const evidence = el('select', {class: 'evidence-choice'}, finding.evidence.map((passage, index) =>
        el('option', {value: index}, passage.sourceId + ' ' + passage.start + '–' + passage.end + ': '
            + passage.passage.slice(0, 80))), el('option', {value: 'url'}, 'a web address…'));
    const url = el('input', {class: 'evidence-url', type: 'url'});
    const form = el('form', {class: 'resolve'},
        el('fieldset', {}, el('legend', {}, 'Resolve this finding'),
            el('label', {}, 'As ', choice), el('label', {}, 'Reason ', reason),
            el('label', {}, 'Evidence (for an acceptance) ', evidence), el('label', {}, 'Web address ', url),
            el('button', {type: 'submit'}, 'Resolve')));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const body = {resolution: choice.value};
        if (reason.value.trim()) {
            body.reason = reason.value.trim();
        }
        if (choice.value === 'accepted') {
            const passage = finding.evidence[evidence.value];
            body.evidence = passage ? {sourceId: passage.sourceId, start: passage.start, end: passage.end}
                : {url: url.value.trim()};
        }
        const done = await attempt(() => api(path + '/findings/'
            + encodeURIComponent(finding.id) + '/resolution', {method: 'POST', body}));
        if (done !== undefined) {
            say('The finding is resolved as ' + choice.value + '.', 'success');
            await load();
        }
    });
    return form;
}

/** An image item's picture, described for screen readers by its caption (the text under review) or its prompt. */
function renderPicture(shown) {
    const figure = document.getElementById('picture');
    figure.hidden = !shown.image;
    if (!shown.image) {
        return;
    }
    const image = document.getElementById('picture-image');
    image.alt = 'The picture under review: ' + (shown.body || shown.image.prompt || 'no description was given');
    image.src = 'api/v1/' + path + '/image';
    document.getElementById('picture-facts').textContent = [shown.image.width + ' × ' + shown.image.height + ' px',
        shown.image.mediaType, shown.image.tool ? 'made with ' + shown.image.tool : null,
        shown.image.prompt ? 'prompt: “' + shown.image.prompt + '”' : null].filter(Boolean).join(' · ');
}
