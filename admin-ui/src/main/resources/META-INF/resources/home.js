// The home page: sends a user with one screen straight to it, and lists the screens of a user with several.
import {openShell, screensFor} from './shell.js';
import {el} from './dom.js';

const session = await openShell();
if (session) {
    const screens = screensFor(session);
    if (screens.length === 1) {
        location.replace(screens[0].href);
    } else {
        document.getElementById('screens').append(...screens.map(screen =>
            el('li', {}, el('a', {href: screen.href}, screen.label))));
        document.getElementById('nothing-yet').hidden = screens.length > 0;
    }
}
