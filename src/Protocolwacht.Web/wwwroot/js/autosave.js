// The composer saves the draft by itself: two seconds after the last change, and at once when the page is
// hidden or left (fetch with keepalive, which, unlike sendBeacon, carries the anti-forgery header). Every save
// goes to the same draft id (chosen by the page), so retries and reloads never make a second draft. Once the
// draft exists the address becomes /compose/{id} and the form's hidden id field holds it, so a reload or the
// buttons continue this draft. Without JavaScript none of this runs and the buttons save as before.
(function () {
    'use strict';
    var form = document.getElementById('composer-form');
    if (!form || !form.dataset.autosave) { return; }
    var text = document.getElementById('post-text');
    var status = document.getElementById('autosave-status');
    var idField = form.querySelector('input[name="id"]');
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    var scheduled = document.getElementById('scheduled');
    var draftId = form.dataset.autosave;
    var delay = 2000, timer = null, inFlight = null, again = false, submitting = false;
    // What was last sent on leaving: hiding a tab fires visibilitychange and closing it pagehide as well, and both
    // used to send the same save at once (the server now takes that calmly too, but one request is enough).
    var sentOnLeaving = null;

    function payload() {
        var when = scheduled && scheduled.value ? (scheduled.value.length === 16 ? scheduled.value + ':00' : scheduled.value) : null;
        var accounts = Array.from(form.querySelectorAll('input[name="Form.AccountIds"]:checked')).map(function (c) { return c.value; });
        return { id: draftId, text: text.value, accounts: accounts, scheduledAt: when };
    }

    // What the server holds; an existing draft holds what the page shows, so opening it saves nothing.
    var lastSaved = idField.value ? JSON.stringify(payload()) : null;

    function say(message) { status.textContent = message; }

    function failed(detail) {
        var message = form.dataset.autosaveFailed;
        say(detail ? message + ' ' + detail : message);
    }

    function saved(result, body) {
        lastSaved = body;
        idField.value = result.id;
        if (window.location.pathname !== result.editUrl) { history.replaceState(history.state, '', result.editUrl); }
        say(form.dataset.autosaveSaved.replace('{tijd}', result.savedAt));
    }

    function save(keepalive) {
        clearTimeout(timer);
        var data = payload();
        if (!data.text.trim()) { return; }
        if (data.accounts.length === 0) { say(form.dataset.autosaveNoAccount); return; }
        var body = JSON.stringify(data);
        if (body === lastSaved) { return; }
        if (inFlight && !keepalive) { again = true; return; }
        if (keepalive) {
            if (body === sentOnLeaving) { return; }
            sentOnLeaving = body;
        }
        var request = fetch('/api/compose/autosave', {
            method: 'POST',
            keepalive: keepalive,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token ? token.value : '' },
            body: body
        }).then(function (r) {
            return r.json().catch(function () { return null; }).then(function (answer) {
                if (r.ok && answer) { saved(answer, body); } else { failed(answer && answer.detail); }
            });
        }).catch(function () { failed(null); });
        inFlight = request.finally(function () {
            inFlight = null;
            if (again) { again = false; save(false); }
        });
    }

    function later() {
        if (submitting) { return; }
        clearTimeout(timer);
        timer = setTimeout(function () { save(false); }, delay);
    }

    function leaving() { if (!submitting) { save(true); } }

    form.addEventListener('input', later);
    form.addEventListener('change', later);
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { leaving(); } });
    window.addEventListener('pagehide', leaving);

    // A button press saves explicitly; when the first autosave is still making the draft, wait for it so the
    // button saves into that draft instead of making a second one.
    form.addEventListener('submit', function (event) {
        clearTimeout(timer);
        if (inFlight && !idField.value) {
            event.preventDefault();
            var submitter = event.submitter;
            inFlight.then(function () { form.requestSubmit(submitter); });
            return;
        }

        submitting = true;
    });
})();
