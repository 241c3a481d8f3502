// The frame of every desk page: the demo banner, the header with the user's name and roles, navigation to the
// screens their roles open, sign-out, and the message region. Anonymous visitors are sent to sign in.
import {currentSession} from './session.js';
import {el} from './dom.js';

/** The screens, each for the roles that work there; the home page sends each user to their first. */
export const SCREENS = [
    {href: 'editor.html', label: 'New draft', roles: ['editor']},
    {href: 'queue.html', label: 'Review queue', roles: ['reviewer']},
    {href: 'release.html', label: 'Release', roles: ['publisher']},
    {href: 'audit.html', label: 'Audit', roles: ['compliance', 'admin']},
    {href: 'dashboard.html', label: 'Dashboard', roles: ['compliance', 'admin']},
    {href: 'admin.html', label: 'Administration', roles: ['admin']},
];

export function screensFor(session) {
    return SCREENS.filter(screen => screen.roles.some(role => session.roles.includes(role)));
}

/**
 * Draws the shell around the page's main element; the session, or null when the visitor is being sent to sign in.
 * A page for certain roles passes them: a user with none of them is told so and sees nothing else.
 */
export async function openShell(roles = []) {
    const main = document.querySelector('main');
    document.body.prepend(
        el('div', {id: 'demo-banner', class: 'banner', hidden: true},
            'Demo mode: the demo users\' passwords are their user names. Do not use demo mode with real material.'),
        el('header', {class: 'shell'}),
        el('div', {id: 'messages', class: 'message', role: 'status', 'aria-live': 'polite', hidden: true}));
    const session = await currentSession();
    if (!session.user) {
        location.replace(session.signIn);
        return null;
    }
    header(session);
    main.hidden = false;
    if (roles.length && !roles.some(role => session.roles.includes(role))) {
        main.replaceChildren(el('h1', {}, 'Not for your role'),
            el('p', {}, 'This screen is for the roles ' + roles.join(', ') + '. Use the navigation above.'));
        return null;
    }
    return session;
}

function header(session) {
    const here = location.pathname.split('/').pop() || 'index.html';
    const links = [{href: './', label: 'Home'}, ...screensFor(session)].map(screen =>
        el('li', {}, el('a', {href: screen.href, 'aria-current': screen.href === here ? 'page' : null}, screen.label)));
    document.querySelector('header.shell').append(
        el('a', {class: 'brand', href: './'}, 'Imprimatur'),
        el('nav', {'aria-label': 'Screens'}, el('ul', {}, links)),
        el('p', {class: 'who'}, 'Signed in as ', el('strong', {id: 'user'}, session.user),
            ' (', el('span', {id: 'roles'}, session.roles.join(', ') || 'no roles'), ')'),
        el('form', {method: 'post', action: 'auth/logout'}, el('button', {type: 'submit', id: 'sign-out'}, 'Sign out')));
}
