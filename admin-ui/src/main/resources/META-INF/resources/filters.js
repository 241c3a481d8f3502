// The filters of a list or chart page: form fields whose values also live in the page's address
// (queue.html?desk=metro, audit.html?itemId=…), so that a filtered view can be bookmarked or linked to.

/**
 * Fills the fields from the page's address, and calls show on every submit of the form.
 *
 * @param form   the id of the form that holds the fields
 * @param fields the ids of the fields, which are also the names of their query parameters
 */
export function wireFilters(form, fields, show) {
    const given = new URLSearchParams(location.search);
    for (const field of fields.filter(name => given.has(name))) {
        document.getElementById(field).value = given.get(field);
    }
    document.getElementById(form).addEventListener('submit', event => {
        event.preventDefault();
        show();
    });
}

/**
 * Puts the fields' values in the page's address as typed, and answers them as the API takes them: empty ones left
 * out, a local date and time as an ISO-8601 instant.
 */
export function filterQuery(fields) {
    const address = new URLSearchParams();
    const query = new URLSearchParams();
    for (const field of fields) {
        const input = document.getElementById(field);
        const value = input.value.trim();
        address.set(field, value);
        if (value) {
            query.set(field, input.type === 'datetime-local' ? new Date(value).toISOString() : value);
        }
    }
    history.replaceState(null, '', '?' + address);
    return query;
}
