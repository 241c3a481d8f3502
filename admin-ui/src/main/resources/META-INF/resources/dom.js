// Small helpers to build the page. Text always goes in as textContent: data from the server is never markup.

/** An element with attributes (a property when the element has one, else an attribute) and children (text or nodes). */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name === 'class') {
            element.className = value;
        } else if (name in element && typeof value !== 'string') {
            element[name] = value;
        } else {
            element.setAttribute(name, value === true ? '' : value);
        }
    }
    append(element, ...children);
    return element;
}

export function append(parent, ...children) {
    for (const child of children.flat(Infinity)) {
        if (child !== undefined && child !== null && child !== false) {
            parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return parent;
}

/** How long ago an instant was, in the largest units that matter: "5 min", "3 h 10 min", "2 d 4 h". */
export function age(instant, now = Date.now()) {
    const minutes = Math.max(0, Math.floor((now - Date.parse(instant)) / 60000));
    if (minutes < 60) {
        return minutes + ' min';
    }
    const hours = Math.floor(minutes / 60);
    if (hours < 24) {
        return hours + ' h ' + (minutes % 60) + ' min';
    }
    return Math.floor(hours / 24) + ' d ' + (hours % 24) + ' h';
}

/** A state name as people say it: CHANGES_REQUESTED becomes "changes requested". */
export function words(name) {
    return String(name).toLowerCase().replaceAll('_', ' ');
}

export function dateTime(instant) {
    return new Date(instant).toLocaleString();
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element: attributes are always attributes (width, x, fill, class...), children as with el(). */
export function svg(tag, attributes = {}, ...children) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value !== undefined && value !== null && value !== false) {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    return append(element, ...children);
}
