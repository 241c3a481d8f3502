// Comments on the item or on a passage of its text. A passage is chosen by selecting it in the text (with the mouse,
// or with the keyboard where the browser allows it) and pressing "Comment on the selection", or by typing it. Its
// offsets are counted in characters of the body, across the marks that cut the text into pieces.
import {api, attempt, say} from './api.js';
import {dateTime, el} from './dom.js';

/** The latest passage selected in the body: {start, end, text}. */
let chosen = null;

/** Wires selection and the comment form; {@code reload} shows the item again with the new comment. */
export function wireComments(path, currentItem, reload) {
    const body = document.getElementById('body');
    const button = document.getElementById('comment-selection');
    const quote = document.getElementById('comment-quote');
    const text = document.getElementById('comment-text');
    document.addEventListener('selectionchange', () => {
        const span = selectedSpan(body);
        if (span) {
            chosen = span;
            button.disabled = false;
        }
    });
    button.addEventListener('click', () => {
        if (chosen) {
            quote.value = chosen.text;
            text.focus();
        }
    });
    document.getElementById('comment-form').addEventListener('submit', async event => {
        event.preventDefault();
        const item = currentItem();
        const request = {text: text.value.trim(), revision: item.revision};
        if (quote.value) {
            const span = chosen && chosen.text === quote.value ? chosen : find(item.body || '', quote.value);
            if (!span) {
                say('That passage is not in the text of revision ' + item.revision + '. Select it in the text, or '
                    + 'type it exactly as it stands.', 'error');
                quote.focus();
                return;
            }
            request.span = {start: span.start, end: span.end};
        }
        const comment = await attempt(() => api(path + '/comments', {method: 'POST', body: request}));
        if (comment) {
            text.value = '';
            quote.value = '';
            chosen = null;
            button.disabled = true;
            say('Your comment is added' + (comment.start == null ? '.' : ' to the passage.'), 'success');
            await reload();
        }
    });
}

/** Shows the comment form to the roles that may comment. */
export function offerCommenting(session) {
    document.getElementById('comment-form').hidden =
        !['editor', 'reviewer', 'publisher'].some(role => session.roles.includes(role));
}

/** The comments on a passage of the item's current text, whose spans the text marks. */
export function spansOf(comments, item) {
    return comments.filter(comment => comment.start != null && comment.revision === item.revision
        && comment.end <= (item.body || '').length);
}

export function renderComments(comments, item) {
    document.getElementById('comments').replaceChildren(...comments.map(comment =>
        el('li', {class: 'comment', 'data-comment-id': comment.id}, describe(comment, item))));
    document.getElementById('no-comments').hidden = comments.length > 0;
}

/** A comment as the panel and the text's marks show it: who, when, on what, what and whom it mentions. */
export function describe(comment, item) {
    return [
        el('p', {class: 'meta'}, el('strong', {}, comment.author), ' · ',
            el('time', {datetime: comment.createdAt}, dateTime(comment.createdAt)),
            ' · revision ' + comment.revision),
        passage(comment, item),
        el('p', {class: 'text'}, comment.text),
        comment.mentions.length
            ? el('p', {class: 'mentions'}, 'Mentions: ', comment.mentions.map(mention =>
                '@' + mention.user + (mention.known ? '' : ' (no such user; not told)')).join(', '))
            : null,
    ];
}

function passage(comment, item) {
    if (comment.start == null) {
        return el('p', {class: 'passage'}, 'On the whole item');
    }
    if (comment.revision === item.revision && item.body) {
        return el('blockquote', {class: 'passage'}, item.body.slice(comment.start, comment.end));
    }
    return el('p', {class: 'passage'}, 'On characters ' + comment.start + '–' + comment.end + ' of revision '
        + comment.revision);
}

/** The selection as a span of the body's characters, when it lies within the body and is not empty. */
function selectedSpan(root) {
    const selection = document.getSelection();
    if (!selection || !selection.rangeCount || selection.isCollapsed) {
        return null;
    }
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
        return null;
    }
    const start = characterOffset(root, range.startContainer, range.startOffset);
    const end = characterOffset(root, range.endContainer, range.endOffset);
    return end > start ? {start, end, text: range.toString()} : null;
}

/**
 * Where a point of the DOM (a node and an offset in it) lies in the text under {@code root}, in characters: the
 * text nodes before it are walked and counted, whichever marks they sit in.
 */
export function characterOffset(root, container, offset) {
    const point = document.createRange();
    point.setStart(container, offset);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node === container) {
            return count + offset;
        }
        if (point.comparePoint(node, node.length) > 0) {
            break;
        }
        count += node.length;
    }
    return count;
}

/** The first place the passage stands in the text, as a span. */
function find(body, passage) {
    const start = body.indexOf(passage);
    return start < 0 ? null : {start, end: start + passage.length, text: passage};
}
