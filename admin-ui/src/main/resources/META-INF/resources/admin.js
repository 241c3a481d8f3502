// The administrators' screen: the installed plugins with their health, the review policies per desk (a form over
// the rules the server knows, stored as a new version), and the local accounts (in Keycloak mode, the realm holds
// the users).
import {openShell} from './shell.js';
import {api, attempt, say} from './api.js';
import {dateTime, el, words} from './dom.js';

const ROLES = ['editor', 'reviewer', 'publisher', 'compliance', 'admin'];
const HEALTH = {
    UP: 'working: its latest call succeeded',
    FAILING: 'failing: its latest call failed',
    IDLE: 'not called in this window',
    NOT_TRACKED: 'not tracked',
};
const USERS_PAGE = 100;

let rules = [];
let opened = null;
let usersShown = 0;

const session = await openShell(['admin']);
if (session) {
    document.getElementById('health-form').addEventListener('submit', event => {
        event.preventDefault();
        showPlugins();
    });
    document.getElementById('policy-open').addEventListener('submit', event => {
        event.preventDefault();
        openPolicy(document.getElementById('policy-desk').value.trim(), document.getElementById('policy-kind').value);
    });
    document.getElementById('policy-form').addEventListener('submit', storePolicy);
    const local = session.signIn === 'login.html';
    document.getElementById('local-users').hidden = !local;
    document.getElementById('users-elsewhere').hidden = local;
    rules = await attempt(() => api('policies/rules')) || [];
    await Promise.all([showPlugins(), showPolicies(), local ? startUsers() : null]);
}

async function showPlugins() {
    const hours = document.getElementById('health-hours').value;
    const [plugins, health] = await Promise.all([attempt(() => api('plugins')),
        attempt(() => api('plugins/health?hours=' + encodeURIComponent(hours)))]);
    if (!plugins || !health) {
        return;
    }
    const healthOf = new Map(health.map(provider => [provider.spi + '/' + provider.id, provider]));
    document.getElementById('plugins').replaceChildren(...plugins.map(plugin => {
        const judged = healthOf.get(plugin.spi + '/' + plugin.id);
        const status = judged ? judged.status : 'NOT_TRACKED';
        const tracked = status !== 'NOT_TRACKED';
        return el('tr', {'data-plugin': plugin.spi + '/' + plugin.id},
            el('td', {}, plugin.spi), el('th', {scope: 'row'}, plugin.id), el('td', {}, plugin.version),
            el('td', {}, plugin.remote ? el('strong', {}, 'sends data out') : 'in this server'),
            el('td', {}, el('span', {class: 'health ' + status}, HEALTH[status])),
            el('td', {}, tracked ? judged.succeeded + ' / ' + judged.failed : '—'),
            el('td', {}, judged?.lastSucceededAt ? dateTime(judged.lastSucceededAt) : '—'),
            el('td', {}, judged?.lastFailedAt
                ? [dateTime(judged.lastFailedAt), judged.lastError ? el('p', {class: 'error-text'}, judged.lastError) : null]
                : '—'));
    }));
}

async function showPolicies() {
    const policies = await attempt(() => api('policies'));
    if (!policies) {
        return;
    }
    document.getElementById('policies').replaceChildren(...policies.map(policy => el('tr', {},
        el('th', {scope: 'row'}, policy.desk), el('td', {}, words(policy.kind)),
        el('td', {}, policy.builtIn ? 'built in' : String(policy.version)),
        el('td', {}, el('ul', {class: 'plain'}, Object.entries(policy.rules).map(([name, parameters]) =>
            el('li', {}, name + parameterText(parameters))))),
        el('td', {}, policy.author + (policy.builtIn ? '' : ', ' + dateTime(policy.createdAt))),
        el('td', {}, editButton(policy)))));
}

function editButton(policy) {
    const button = el('button', {type: 'button', class: 'edit-policy',
        'aria-label': 'Edit the ' + words(policy.kind) + ' policy of desk ' + policy.desk}, 'Edit');
    button.addEventListener('click', () => {
        document.getElementById('policy-desk').value = policy.desk;
        document.getElementById('policy-kind').value = policy.kind;
        openPolicy(policy.desk, policy.kind);
    });
    return button;
}

function parameterText(parameters) {
    const entries = Object.entries(parameters);
    return entries.length ? ' (' + entries.map(([name, value]) => name + ' ' + value).join(', ') + ')' : '';
}

/** Shows a desk's policy in force as a form of every rule, on or off, with its parameters. */
async function openPolicy(desk, kind) {
    const history = await attempt(() => api('policies/' + encodeURIComponent(desk) + '/' + encodeURIComponent(kind)));
    if (!history) {
        return;
    }
    const own = history.history.map(policy => policy.version);
    opened = {desk: history.desk, kind: history.kind, version: own.length ? Math.max(...own) : 0};
    const inForce = history.inForce;
    document.getElementById('policy-legend').textContent = 'The ' + words(history.kind) + ' policy of desk '
        + history.desk;
    document.getElementById('policy-version').textContent = inForce.desk === history.desk && !inForce.builtIn
        ? 'Version ' + inForce.version + ', stored by ' + inForce.author + ' on ' + dateTime(inForce.createdAt) + '.'
        : 'The desk has no policy of its own; it follows ' + (inForce.builtIn ? 'the built-in default'
            : 'desk ' + inForce.desk + ', version ' + inForce.version) + '. Storing makes one for it.';
    document.getElementById('policy-rules').replaceChildren(...rules.map(rule => ruleChoice(rule,
        inForce.rules[rule.name])));
    const form = document.getElementById('policy-form');
    form.hidden = false;
    form.querySelector('input').focus();
}

function ruleChoice(rule, parameters) {
    const id = 'rule-' + rule.name;
    return el('li', {'data-rule': rule.name},
        el('input', {type: 'checkbox', id, class: 'rule-on', checked: parameters !== undefined,
            'aria-describedby': id + '-text'}),
        el('label', {for: id}, el('strong', {}, rule.name)),
        el('span', {id: id + '-text'}, ' — ' + rule.description + ' (asked on ' + rule.gates.join(', ') + ')'),
        Object.entries(rule.parameters).map(([name, fallback]) => el('label', {class: 'parameter'}, name + ' ',
            el('input', {type: 'number', class: 'rule-parameter', 'data-parameter': name, min: String(rule.min),
                max: String(rule.max), step: '1', required: true,
                value: String(parameters && parameters[name] !== undefined ? parameters[name] : fallback)}))));
}

async function storePolicy(event) {
    event.preventDefault();
    const chosen = {};
    for (const item of document.querySelectorAll('#policy-rules li')) {
        if (item.querySelector('.rule-on').checked) {
            chosen[item.dataset.rule] = Object.fromEntries([...item.querySelectorAll('.rule-parameter')]
                .map(input => [input.dataset.parameter, Number(input.value)]));
        }
    }
    const {desk, kind, version} = opened;
    const stored = await attempt(() => api('policies/' + encodeURIComponent(desk) + '/' + encodeURIComponent(kind),
        {method: 'PUT', body: {rules: chosen, expectedVersion: version}}));
    if (stored) {
        say('Stored version ' + stored.version + ' of the ' + words(kind) + ' policy of desk ' + stored.desk
            + '; it is in force now.', 'success');
        await Promise.all([showPolicies(), openPolicy(desk, kind)]);
    }
}

async function startUsers() {
    document.getElementById('new-roles').append(...ROLES.map(role => el('label', {},
        el('input', {type: 'checkbox', class: 'new-role', value: role}), ' ' + role)));
    document.getElementById('user-form').addEventListener('submit', createUser);
    document.getElementById('more-users').addEventListener('click', () => showUsers(false));
    await showUsers(true);
}

async function showUsers(fromStart) {
    if (fromStart) {
        usersShown = 0;
        document.getElementById('users').replaceChildren();
    }
    const page = await attempt(() => api('accounts?size=' + USERS_PAGE + '&page=' + usersShown / USERS_PAGE));
    if (!page) {
        return;
    }
    usersShown += page.accounts.length;
    document.getElementById('users').append(...page.accounts.map(account => el('tr', {'data-user': account.username},
        el('th', {scope: 'row'}, account.username), el('td', {}, account.roles.join(', ')),
        el('td', {}, account.desks.length ? account.desks.join(', ') : 'every desk'))));
    document.getElementById('more-users').hidden = !page.more;
}

async function createUser(event) {
    event.preventDefault();
    const username = document.getElementById('new-username').value.trim();
    const roles = [...document.querySelectorAll('.new-role:checked')].map(input => input.value);
    if (!roles.length) {
        say('Choose at least one role for the account.', 'error');
        return;
    }
    const desks = document.getElementById('new-desks').value.split(',').map(desk => desk.trim()).filter(Boolean);
    const created = await attempt(() => api('accounts', {method: 'POST', body: {username,
        password: document.getElementById('new-password').value, roles, desks}}));
    if (created) {
        event.target.reset();
        say('The account ' + created.username + ' is created.', 'success');
        await showUsers(true);
    }
}
