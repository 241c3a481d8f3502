// The "Changes" section: what changed in the latest revision compared with an earlier one, sentence by sentence,
// as the text with its insertions and deletions. Screen readers are told which is which in words, since most do not
// announce <ins> and <del> by themselves.
import {api, attempt} from './api.js';
import {append, dateTime, el} from './dom.js';

let shown = {path: null, revision: 0};

export function wireChanges() {
    document.getElementById('diff-against').addEventListener('change', event =>
        showDiff(Number(event.target.value)));
    document.getElementById('diff-form').addEventListener('submit', event => event.preventDefault());
}

/** Lists the revisions before the item's current one to compare it with, the one just before chosen. */
export async function showChanges(path, item) {
    const section = document.getElementById('changes');
    section.hidden = item.revision < 2;
    if (section.hidden) {
        return;
    }
    const revisions = await attempt(() => api(path + '/revisions'));
    if (!revisions) {
        return;
    }
    shown = {path, revision: item.revision};
    document.getElementById('diff-revision').textContent = String(item.revision);
    const earlier = revisions.filter(revision => revision.number < item.revision).reverse();
    document.getElementById('diff-against').replaceChildren(...earlier.map(revision =>
        el('option', {value: String(revision.number)}, 'revision ' + revision.number + ' by ' + revision.author
            + ', ' + dateTime(revision.createdAt))));
    await showDiff(earlier[0].number);
}

async function showDiff(against) {
    const diff = await attempt(() => api(shown.path + '/revisions/' + shown.revision + '/diff?against=' + against));
    if (!diff) {
        return;
    }
    const added = diff.changes.filter(change => change.change === 'added').length;
    const removed = diff.changes.filter(change => change.change === 'removed').length;
    const shownDiff = document.getElementById('diff');
    shownDiff.replaceChildren();
    // append, not replaceChildren, leaves out the title line when the title is the same.
    append(shownDiff,
        el('p', {class: 'hint'}, added || removed || diff.title !== diff.titleBefore
            ? 'Revision ' + diff.revision + ' compared with revision ' + diff.against + ': ' + added + ' passage'
                + (added === 1 ? '' : 's') + ' added, ' + removed + ' removed'
                + (diff.title !== diff.titleBefore ? ', and the title changed.' : '.')
            : 'Revision ' + diff.revision + ' has the same text as revision ' + diff.against + '.'),
        diff.title !== diff.titleBefore
            ? el('p', {class: 'title-change'}, 'Title: ', removal(diff.titleBefore), ' ', addition(diff.title))
            : null,
        el('div', {class: 'body'}, diff.changes.map(change => change.change === 'added' ? addition(change.text)
            : change.change === 'removed' ? removal(change.text) : change.text)));
}

function addition(text) {
    return el('ins', {}, el('span', {class: 'visually-hidden'}, '[added: '), text,
        el('span', {class: 'visually-hidden'}, ']'));
}

function removal(text) {
    return el('del', {}, el('span', {class: 'visually-hidden'}, '[removed: '), text,
        el('span', {class: 'visually-hidden'}, ']'));
}
