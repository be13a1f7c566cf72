// A message a page shows after a redirect (the start page's status after "Alles opnieuw proberen") is in the page when
// it loads, so its live region (role="status") never changes and a screen reader does not announce it. Focus is moved
// to it instead (it has tabindex="-1"), and the screen reader reads what got focus. Without JavaScript the message is
// still the first thing under the heading.
(function () {
    'use strict';

    function start() {
        var message = document.querySelector('[data-focus-on-load]');
        if (message) {
            message.focus();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
