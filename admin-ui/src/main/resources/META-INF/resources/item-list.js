// A list of items chosen by the fields of the page's form#filters, longest in its state first, the filters in the
// page's address too. The queue and the release desk use it.
import {api, attempt} from './api.js';
import {filterQuery, wireFilters} from './filters.js';

/**
 * Shows the list, now and on every submit of the filters.
 *
 * @param filters the ids of the filter fields, which are also the query parameters of GET /api/v1/items
 * @param rows    the id of the table body
 * @param row     makes the table row of one item
 */
export async function filteredItems(filters, rows, row) {
    let shown = 0;
    const show = async () => {
        const query = filterQuery(filters);
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
    wireFilters('filters', filters, show);
    await show();
}
