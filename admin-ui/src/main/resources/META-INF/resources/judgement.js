// How the workflow and the desk's review policy would judge an action now (GET .../transitions/{action}), shown in
// the action's box beside its button before the click: every rule that passes and every one that blocks, with a
// sign and a word as well as a colour. The reviewers' decisions and the publishers' release use it alike.
import {api} from './api.js';
import {el} from './dom.js';

/**
 * Asks how each action would be judged now and shows it in the element #judgement-{action} (which holds the
 * action's button and an element #judgement-{action}-verdict).
 */
export async function judge(path, actions) {
    const judgements = await Promise.all(actions.map(action =>
        api(path + '/transitions/' + action).catch(error => ({error}))));
    judgements.forEach((judgement, index) => show(actions[index], judgement));
}

function show(action, judgement) {
    const box = document.getElementById('judgement-' + action);
    const verdict = document.getElementById('judgement-' + action + '-verdict');
    const button = box.querySelector('button');
    if (judgement.error) {
        box.classList.remove('allowed', 'refused');
        button.classList.remove('would-refuse');
        verdict.replaceChildren(el('p', {class: 'outcome'}, 'Not judged: ' + judgement.error.message));
        return;
    }
    box.classList.toggle('allowed', judgement.allowed);
    box.classList.toggle('refused', !judgement.allowed);
    button.classList.toggle('would-refuse', !judgement.allowed);
    const lines = [];
    if (judgement.refusal) {
        lines.push(rule(false, judgement.refusal.type.split(':').pop(), judgement.refusal.title,
            judgement.refusal.detail));
    }
    for (const policy of judgement.policies) {
        for (const outcome of policy.rules) {
            const name = judgement.policies.length > 1 ? outcome.rule + ' (' + policy.policy + ')' : outcome.rule;
            lines.push(rule(outcome.passed, outcome.rule, name, outcome.reason));
        }
    }
    if (!judgement.refusal && !lines.length) {
        lines.push(el('li', {class: 'note'}, 'No rule of the review policy applies to this decision.'));
    }
    if (judgement.reasonNeeded) {
        lines.push(el('li', {class: 'note'}, 'Needs a reason: write it above before you click.'));
    }
    if (action === 'approve' && !judgement.refusal) {
        const given = judgement.approvals.length;
        lines.push(el('li', {class: 'note'}, 'Approvals: ' + given + ' of ' + judgement.approvalsRequired + ' given'
            + (given ? ' (' + judgement.approvals.join(', ') + ')' : '')
            + (judgement.allowed ? (given + 1 >= judgement.approvalsRequired ? '; yours approves the item.'
                : '; the item stays in review after yours.') : '.')));
    }
    verdict.replaceChildren(
        el('p', {class: 'outcome'}, judgement.allowed
            ? (judgement.reasonNeeded ? 'Allowed, with a reason.' : 'Allowed.')
            : 'Would be refused.'),
        el('ul', {class: 'rules'}, lines));
}

/** A rule's outcome: a sign for the eye, a word for screen readers, its name and why. */
function rule(passed, id, name, reason) {
    return el('li', {class: passed ? 'passed' : 'blocked', 'data-rule': id},
        el('span', {class: 'sign', 'aria-hidden': 'true'}, passed ? '✓ ' : '✗ '),
        el('span', {class: 'visually-hidden'}, passed ? 'Passes: ' : 'Blocks: '),
        el('strong', {}, name), ': ', reason);
}
