// The signed-in user as the server sees them, and where a browser signs in: the login page for local accounts,
// Keycloak (through auth/login) otherwise. Shows the demo banner when the server runs in demo mode.
export async function currentSession() {
    const response = await fetch('api/v1/session', {headers: {Accept: 'application/json'}});
    if (!response.ok) {
        throw new Error('The server could not say who is signed in (' + response.status + ').');
    }
    const session = await response.json();
    const banner = document.getElementById('demo-banner');
    if (banner) {
        banner.hidden = !session.demo;
    }
    return session;
}
