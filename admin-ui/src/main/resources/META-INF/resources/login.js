// The local sign-in page: says why the visitor is here; in the Keycloak mode, sends them to Keycloak instead.
import {currentSession} from './session.js';

const session = await currentSession();
if (!session.user && session.signIn !== 'login.html') {
    location.replace(session.signIn);
} else {
    const message = document.getElementById('message');
    const query = new URLSearchParams(location.search);
    if (query.has('failed')) {
        message.textContent = 'The user name or password is wrong.';
        message.hidden = false;
    } else if (query.has('signed-out')) {
        message.textContent = 'You have signed out.';
        message.hidden = false;
    }
}
