// A table region is a tab stop only while its table is wider than the screen: then a keyboard user can
// focus it and scroll with the arrow keys; on a wide screen it stays out of the way.
(function () {
    'use strict';

    function update(region) {
        if (region.scrollWidth > region.clientWidth) {
            region.setAttribute('tabindex', '0');
        } else {
            region.removeAttribute('tabindex');
        }
    }

    function start() {
        var regions = document.querySelectorAll('.table-scroll');
        regions.forEach(update);
        if ('ResizeObserver' in window) {
            var observer = new ResizeObserver(function (entries) {
                entries.forEach(function (entry) { update(entry.target); });
            });
            regions.forEach(function (region) { observer.observe(region); });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
