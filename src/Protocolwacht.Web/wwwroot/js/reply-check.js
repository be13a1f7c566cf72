// The reply composer's check while typing (/reacties/{id}/antwoorden): the text with its reply_to (the reaction
// it answers and who wrote it, as the author chose), so the advice while typing is the advice on saving: an
// argument with a parent shows as doubt here too. What the server answers goes into the page as text, never as HTML.
(function () {
    'use strict';
    var form = document.getElementById('reply-form');
    if (!form) { return; }
    var text = document.getElementById('reply-text');
    var verdict = document.getElementById('reply-live-verdict');
    var list = document.getElementById('reply-live-findings');
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    var timer = null, seq = 0;

    function audience() {
        var chosen = form.querySelector('input[name="Audience"]:checked');
        return chosen ? chosen.value : null;
    }

    function render(result) {
        verdict.textContent = result.verdictText;
        verdict.className = 'verdict verdict-' + result.verdict;
        verdict.dataset.verdict = result.verdict;
        list.replaceChildren();
        result.findings.forEach(function (f) {
            var li = document.createElement('li');
            li.className = 'finding severity-' + f.severity;
            li.setAttribute('data-testid', 'reply-live-finding');
            li.textContent = f.message;
            // An English finding's Dutch protocol citations after its sentence, quoted and lang="nl" (as composer.js).
            if (f.citations && f.citations.length > 0) {
                var span = document.createElement('span');
                span.className = 'finding-citation';
                span.setAttribute('data-testid', 'finding-citation');
                span.textContent = ' ' + (list.dataset.citationLabel || 'Protocol (in het Nederlands):') + ' ';
                f.citations.forEach(function (c, i) {
                    if (i > 0) { span.appendChild(document.createTextNode('; ')); }
                    var quote = document.createElement('q');
                    quote.lang = 'nl';
                    quote.textContent = c;
                    span.appendChild(quote);
                });
                li.appendChild(span);
            }
            // The finding's own part of the protocol, which its sentence no longer cites (as composer.js): Dutch only, so
            // lang="nl", and an English page says so (the list's data-protocol-note).
            var details = document.createElement('details');
            var summary = document.createElement('summary');
            var title = document.createElement('span');
            title.lang = 'nl';
            title.textContent = f.guidelineTitle + ' (' + f.guideline + ')';
            summary.appendChild(title);
            if (list.dataset.protocolNote) {
                var note = document.createElement('span');
                note.className = 'hint';
                note.textContent = ' — ' + list.dataset.protocolNote;
                summary.appendChild(note);
            }
            details.appendChild(summary);
            var guideline = document.createElement('p');
            guideline.lang = 'nl';
            guideline.textContent = f.guidelineText;
            details.appendChild(guideline);
            li.appendChild(details);
            list.appendChild(li);
        });
    }

    function check() {
        var value = text.value, mine = ++seq;
        if (!value.trim()) { return; }
        fetch('/api/checks/live', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token ? token.value : '' },
            body: JSON.stringify({
                text: value, accounts: [form.dataset.account], personal: false,
                replyToReactionId: form.dataset.reaction, replyAudience: audience()
            })
        }).then(function (r) { return r.ok ? r.json() : null; })
          .then(function (result) { if (result && mine === seq) { render(result); } })
          .catch(function () { /* the check on saving still runs */ });
    }

    function later() { clearTimeout(timer); timer = setTimeout(check, 250); }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    if (text.value) { check(); }
})();
