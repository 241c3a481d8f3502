// A list of items chosen by the fields of the page's form#filters, longest in its state first. The filters live in
// the page's address too (queue.html?desk=metro), so that a filtered list can be bookmarked. The queue and the
// release desk use it.
import {api, attempt} from './api.js';

/**
 * Fills the filter fields from the address and shows the list, now and on every submit of the form.
 *
 * @param filters the ids of the filter fields, which are also the query parameters of GET /api/v1/items
 * @param rows    the id of the table body
 * @param row     makes the table row of one item
 */
export async function filteredItems(filters, rows, row) {
    const asked = new URLSearchParams(location.search);
    for (const filter of filters.filter(name => asked.has(name))) {
        document.getElementById(filter).value = asked.get(filter);
    }
    let shown = 0;
    const show = async () => {
        const chosen = new URLSearchParams();
        for (const filter of filters) {
            chosen.set(filter, document.getElementById(filter).value.trim());
        }
        history.replaceState(null, '', '?' + chosen);
        const query = new URLSearchParams([...chosen].filter(([, value]) => value));
        query.set('sort', 'age');
        query.set('size', '200');
        // Only the answer to the latest filters is shown, whichever arrives last.
        const asking = ++shown;
        const page = await attempt(() => api('items?' + query));
        if (!page || asking !== shown) {
            return;
        }
        document.getElementById(rows).replaceChildren(...page.items.map(row));
        document.getElementById('empty').hidden = page.items.length > 0;
    };
    document.getElementById('filters').addEventListener('submit', event => {
        event.preventDefault();
        show();
    });
    await show();
}
