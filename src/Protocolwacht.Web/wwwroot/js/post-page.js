// A post's page follows its publication in place while an outcome is near (the server marks the page with
// data-follow="true" only then): it fetches the same page and swaps the parts that change, so nothing
// reloads and a screen reader keeps its place. A delivery days ahead is not polled at all.
(function () {
    'use strict';
    var IntervalMs = 2000;

    function following(doc) {
        var marker = doc.getElementById('post-follow');
        return marker !== null && marker.getAttribute('data-follow') === 'true';
    }

    function swap(fresh) {
        document.querySelectorAll('[data-live-region]').forEach(function (old) {
            var replacement = fresh.getElementById(old.id);
            if (replacement) { old.replaceWith(document.importNode(replacement, true)); }
        });
    }

    function poll() {
        fetch(window.location.href, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html === null) { return; }
                var fresh = new DOMParser().parseFromString(html, 'text/html');
                swap(fresh);
                if (following(document)) { setTimeout(poll, IntervalMs); }
            })
            .catch(function () { setTimeout(poll, IntervalMs * 5); });
    }

    if (following(document)) { setTimeout(poll, IntervalMs); }
})();
