// The reviewer's decision: approve, request changes or reject, each with how the workflow and the desk's review
// policy would judge it now (GET .../transitions/{action}), asked before the click and again whenever the item
// changes, so that the rules that pass and those that block are in sight when the reviewer decides.
import {api, attempt, say} from './api.js';
import {words} from './dom.js';
import {judge} from './judgement.js';

const ACTIONS = ['approve', 'request_changes', 'reject'];

/** Takes the decision the pressed button names, on the revision shown; then the page reloads the item. */
export function wireDecision(path, currentItem, reload) {
    document.getElementById('decision-form').addEventListener('submit', async event => {
        event.preventDefault();
        const action = event.submitter.value;
        const body = {action, expectedRevision: currentItem().revision};
        const reason = document.getElementById('decision-reason').value.trim();
        if (reason) {
            body.reason = reason;
        }
        const done = await attempt(() => api(path + '/transitions', {method: 'POST', body}));
        if (done !== undefined && await reload()) {
            say('Done: the item is now ' + words(currentItem().state) + '.', 'success');
        }
    });
}

/** Asks how each decision would be judged now and shows it beside its button. */
export function judgeDecisions(path) {
    return judge(path, ACTIONS);
}
