// Calls to /api/v1 on the same origin (the session cookie signs them; the browser's Origin and Sec-Fetch-Site
// headers satisfy the server's CSRF check), and the page's message region, where refusals appear in plain words.

/** A refusal or failure, with a message a person can act on and the problem+json the server sent, if any. */
export class ApiError extends Error {
    constructor(message, status = 0, problem = null) {
        super(message);
        this.status = status;
        this.problem = problem;
    }
}

const UNREACHABLE = 'The server could not be reached. Check the connection and try again.';
const BY_STATUS = {
    401: 'Your session has ended. Sign in again to go on.',
    403: 'Your role does not allow this.',
    404: 'This no longer exists, or it is on a desk you do not work on.',
    413: 'That is too large for the server.',
    429: 'Too many requests at once. Wait a minute and try again.',
};

/** What a problem+json (RFC 9457) answer means, in words: its title and detail, and the rules that refused it. */
export function plainWords(status, problem) {
    if (status === 401) {
        return BY_STATUS[401];
    }
    if (problem && (problem.title || problem.detail)) {
        const said = [problem.title, problem.detail].filter(Boolean).join(': ');
        const rules = Array.isArray(problem.rules) && problem.rules.length ? ' (rules: ' + problem.rules.join(', ') + ')' : '';
        return said + rules;
    }
    return BY_STATUS[status] || 'The server could not do this (HTTP ' + status + ').';
}

function parse(text) {
    try {
        return text ? JSON.parse(text) : null;
    } catch (e) {
        return null;
    }
}

/**
 * GET (or another method with a JSON body) of a path under api/v1; the parsed answer (null for one that is not
 * JSON, such as the text an endpoint that produces only text answers with, when accept allows it), or an ApiError.
 */
export async function api(path, {method = 'GET', body, accept = 'application/json'} = {}) {
    const init = {method, headers: {Accept: accept}, credentials: 'same-origin'};
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    let response;
    try {
        response = await fetch('api/v1/' + path, init);
    } catch (e) {
        throw new ApiError(UNREACHABLE);
    }
    const data = parse(await response.text());
    if (!response.ok) {
        throw new ApiError(plainWords(response.status, data), response.status, data);
    }
    return data;
}

/** POSTs a file as multipart to a path under api/v1, reporting upload progress (0..1); the parsed answer. */
export function upload(path, file, onProgress) {
    return new Promise((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('POST', 'api/v1/' + path);
        request.setRequestHeader('Accept', 'application/json');
        request.upload.addEventListener('progress', event => {
            if (event.lengthComputable) {
                onProgress(event.loaded / event.total);
            }
        });
        request.addEventListener('load', () => {
            const data = parse(request.responseText);
            if (request.status >= 200 && request.status < 300) {
                onProgress(1);
                resolve(data);
            } else {
                reject(new ApiError(plainWords(request.status, data), request.status, data));
            }
        });
        request.addEventListener('error', () => reject(new ApiError(UNREACHABLE)));
        const form = new FormData();
        form.append('file', file);
        request.send(form);
    });
}

/**
 * Follows a generation or check job over its server-sent events: onProgress with each state while it is queued or
 * running, onEnd once with the job when it has succeeded or failed, onLost when the stream closes before that.
 */
export function followJob(jobId, {onProgress, onEnd, onLost}) {
    const events = new EventSource('api/v1/jobs/' + encodeURIComponent(jobId) + '/events');
    events.addEventListener('progress', message => {
        const job = JSON.parse(message.data);
        if (job.status === 'SUCCEEDED' || job.status === 'FAILED') {
            events.close();
            onEnd(job);
        } else {
            onProgress(job);
        }
    });
    events.addEventListener('error', () => {
        if (events.readyState === EventSource.CLOSED) {
            onLost();
        }
    });
}

/** Shows a message in the page's aria-live region; kind is "info", "success" or "error". */
export function say(text, kind = 'info') {
    const region = document.getElementById('messages');
    region.textContent = text;
    region.className = 'message ' + kind;
    region.hidden = false;
}

/** Runs an action, showing its refusal (or failure) in the message region instead of throwing. */
export async function attempt(action) {
    try {
        return await action();
    } catch (e) {
        say(e instanceof ApiError ? e.message : 'Something went wrong: ' + e.message, 'error');
        return undefined;
    }
}
