// Shows the demo banner, the signed-in user and sign-in messages; sends anonymous visitors to where they sign in:
// the login page for local accounts, Keycloak (through auth/login) otherwise.
(async () => {
    const response = await fetch('api/v1/session', {headers: {Accept: 'application/json'}});
    if (!response.ok) {
        return;
    }
    const session = await response.json();
    document.getElementById('demo-banner').hidden = !session.demo;
    const onLoginPage = location.pathname.endsWith('login.html');
    if (!session.user && (!onLoginPage || session.signIn !== 'login.html')) {
        location.replace(session.signIn);
        return;
    }
    if (onLoginPage) {
        const message = document.getElementById('message');
        const query = new URLSearchParams(location.search);
        if (query.has('failed')) {
            message.textContent = 'The user name or password is wrong.';
            message.hidden = false;
        } else if (query.has('signed-out')) {
            message.textContent = 'You have signed out.';
            message.hidden = false;
        }
        return;
    }
    document.getElementById('user').textContent = session.user;
    document.getElementById('roles').textContent = session.roles.join(', ') || 'no roles';
})();
