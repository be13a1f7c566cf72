// The composer saves the draft by itself: two seconds after the last change, and at once when the page is
// hidden or left (fetch with keepalive, which, unlike sendBeacon, carries the anti-forgery header). Every save
// goes to the same draft id (chosen by the page), so retries and reloads never make a second draft. Once the
// draft exists the address becomes /compose/{id} and the form's hidden id field holds it, so a reload or the
// buttons continue this draft. Without JavaScript none of this runs and the buttons save as before.
// Two tabs on one draft: every save says which versions this page may have left on the server (what it opened or
// last saved, and its own save still under way). When the server holds another one, a second tab changed it: the
// save is refused with that version, autosaving pauses, and the page shows both with a choice of which stays.
// The buttons send the same knowledge (the form's Form.Known, filled in here before the form is sent); a button's save
// refused for it comes back as the page with the panel shown and the other version in data-theirs.
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
    var conflict = document.getElementById('autosave-conflict');
    var knownField = form.querySelector('input[name="Form.Known"]');
    var delay = 2000, timer = null, inFlight = null, again = false, submitting = false;
    // The version the other tab left, while the author has not chosen yet (no autosave meanwhile).
    var theirs = null;
    // True while the shown conflict came from a button's save (the page was sent back): keeping mine sends the form again.
    var fromButton = false;
    // What was last sent on leaving: hiding a tab fires visibilitychange and closing it pagehide as well, and both
    // used to send the same save at once (the server now takes that calmly too, but one request is enough).
    var sentOnLeaving = null;

    function accountBoxes() { return Array.from(form.querySelectorAll('input[name="Form.AccountIds"]')); }

    function payload() {
        var when = scheduled && scheduled.value ? (scheduled.value.length === 16 ? scheduled.value + ':00' : scheduled.value) : null;
        var accounts = accountBoxes().filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
        return { text: text.value, accounts: accounts, scheduledAt: when };
    }

    function asPayload(version) {
        return JSON.stringify({ text: version.text, accounts: version.accounts || [], scheduledAt: version.scheduledAt || null });
    }

    function storedOnOpening() {
        try { return knownField && knownField.value ? JSON.parse(knownField.value).map(asPayload) : []; } catch (e) { return []; }
    }

    // Every version this page may have left on the server: what it opened (as the server gave it, with an account that
    // can no longer be chosen, so leaving that one out is no conflict), and what it sent since the last save that ran
    // alone (a pause's save and a leaving save can run together, and either may be stored last). At most a few.
    var mayBeStored = storedOnOpening();
    // What the server holds as far as this page knows (JSON of payload()).
    var lastSaved = mayBeStored.length ? mayBeStored[mayBeStored.length - 1] : null;
    var active = [];

    function known() { return mayBeStored.map(function (k) { return JSON.parse(k); }); }

    function say(message) { status.textContent = message; }

    function failed(detail) {
        var message = form.dataset.autosaveFailed;
        say(detail ? message + ' ' + detail : message);
    }

    function saved(result, sent) {
        lastSaved = sent.body;
        if (sent.alone) { mayBeStored = [sent.body]; }
        idField.value = result.id;
        if (window.location.pathname !== result.editUrl) { history.replaceState(history.state, '', result.editUrl); }
        say(form.dataset.autosaveSaved.replace('{tijd}', result.savedAt));
    }

    function save(keepalive) {
        clearTimeout(timer);
        if (theirs) { return; }
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
        var sent = { body: body, alone: active.length === 0 };
        active.forEach(function (other) { other.alone = false; });
        active.push(sent);
        if (mayBeStored.indexOf(body) < 0) { mayBeStored.push(body); }
        if (mayBeStored.length > 4) { mayBeStored.shift(); }
        var request = fetch('/api/compose/autosave', {
            method: 'POST',
            keepalive: keepalive,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token ? token.value : '' },
            body: JSON.stringify({ id: draftId, text: data.text, accounts: data.accounts, scheduledAt: data.scheduledAt, known: known() })
        }).then(function (r) {
            return r.json().catch(function () { return null; }).then(function (answer) {
                if (r.ok && answer) { saved(answer, sent); }
                else if (r.status === 409 && answer && answer.theirs && conflict) { changedElsewhere(answer); }
                else { failed(answer && answer.detail); }
            });
        }).catch(function () { failed(null); });
        inFlight = request.finally(function () {
            active.splice(active.indexOf(sent), 1);
            inFlight = null;
            if (again) { again = false; save(false); }
        });
    }

    // Another tab's version: shown beside the author's text (which stays in the box), word by word, until they choose.
    function changedElsewhere(answer) {
        theirs = answer.theirs;
        say(answer.detail);
        var theirsText = conflict.querySelector('[data-conflict-theirs]');
        var mineText = conflict.querySelector('[data-conflict-mine]');
        theirsText.textContent = '';
        mineText.textContent = '';
        (answer.difference || []).forEach(function (part) {
            if (part.kind <= 0) { theirsText.appendChild(piece(part.kind < 0 ? 'del' : null, part.text)); }
            if (part.kind >= 0) { mineText.appendChild(piece(part.kind > 0 ? 'ins' : null, part.text)); }
        });
        var mine = payload();
        // Only the accounts the author can still tick count: one the other version holds that can no longer be chosen
        // is not taken over by choosing that version either (the page's lost-account notice says so).
        var choosable = accountBoxes().filter(function (c) { return !c.disabled; }).map(function (c) { return c.value; });
        var theirAccounts = (theirs.accounts || []).filter(function (a) { return choosable.indexOf(a) >= 0; });
        conflict.querySelector('[data-conflict-other-settings]').hidden =
            JSON.stringify(mine.accounts.slice().sort()) === JSON.stringify(theirAccounts.sort())
            && (mine.scheduledAt || '').slice(0, 16) === (theirs.scheduledAt || '').slice(0, 16);
        conflict.hidden = false;
    }

    function piece(tag, words) {
        if (!tag) { return document.createTextNode(words); }
        var element = document.createElement(tag);
        element.textContent = words;
        return element;
    }

    function theirsAsPayload() {
        var when = theirs.scheduledAt ? theirs.scheduledAt.slice(0, 16) + ':00' : null;
        return { text: theirs.text, accounts: theirs.accounts || [], scheduledAt: when };
    }

    function resolved(stored) {
        lastSaved = JSON.stringify(stored);
        mayBeStored = [lastSaved];
        theirs = null;
        fromButton = false;
        conflict.hidden = true;
        say('');
    }

    if (conflict) {
        // A button's save was refused: the page came back with the other version; no autosave until the author chooses.
        if (!conflict.hidden && conflict.dataset.theirs) {
            theirs = JSON.parse(conflict.dataset.theirs);
            fromButton = true;
        }

        // Keep mine: the other version is now known, so the next save replaces it knowingly: the autosave's, or the
        // button's again (this button sends the form as the refused one was sent, with the other version known).
        conflict.querySelector('[data-conflict-keep-mine]').addEventListener('click', function (event) {
            var resend = fromButton;
            resolved(theirsAsPayload());
            if (resend) { return; }
            event.preventDefault();
            text.focus();
            save(false);
        });
        // Take theirs: the box, the accounts and the moment become the other tab's; nothing to save, it is stored.
        // (Without JavaScript the link opens the stored draft.)
        conflict.querySelector('[data-conflict-take-theirs]').addEventListener('click', function (event) {
            event.preventDefault();
            var stored = theirsAsPayload();
            text.value = stored.text;
            accountBoxes().forEach(function (c) { c.checked = stored.accounts.indexOf(c.value) >= 0; });
            if (scheduled) { scheduled.value = stored.scheduledAt ? stored.scheduledAt.slice(0, 16) : ''; }
            resolved(payload());
            text.focus();
            // The live check, the previews and the length counts follow the text (composer.js listens to input).
            text.dispatchEvent(new Event('input', { bubbles: true }));
            accountBoxes().forEach(function (c) { c.dispatchEvent(new Event('change', { bubbles: true })); });
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

    // A button press saves explicitly; while an autosave is under way, wait for it: the first one makes the draft the
    // button must save into (not a second one), and any later one moves the draft's version, which the button's save
    // would otherwise meet as a change it did not know of.
    form.addEventListener('submit', function (event) {
        clearTimeout(timer);
        again = false;
        if (inFlight) {
            event.preventDefault();
            var submitter = event.submitter;
            var resubmit = function () { form.requestSubmit(submitter); };
            inFlight.then(resubmit, resubmit);
            return;
        }

        submitting = true;
        // What this page may have left on the server: a save over another version is refused as the autosave's is.
        if (knownField && idField.value) { knownField.value = JSON.stringify(known()); }
    });
})();
