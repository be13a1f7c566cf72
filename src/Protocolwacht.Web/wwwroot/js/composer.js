// The composer's check while typing: debounced, one request in flight, findings highlighted in the text
// with the protocol beside them, and each chosen account's length rule with the text's count.
// Everything the author typed or the server answered goes into the page as text (textContent,
// setAttribute), never as HTML, so no typed quote or angle bracket can become markup.
(function () {
    'use strict';
    var form = document.getElementById('composer-form');
    if (!form) { return; }
    var text = document.getElementById('post-text');
    var verdict = document.getElementById('live-verdict');
    var list = document.getElementById('live-findings');
    var highlight = document.getElementById('highlight');
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    var personal = form.dataset.personal === 'true';
    var timer = null, seq = 0;

    function existing() {
        var holder = document.getElementById('existing-attachments');
        if (!holder) { return []; }
        var removed = Array.from(form.querySelectorAll('input[name="Form.RemoveAttachments"]:checked')).map(function (c) { return c.value; });
        var saved = JSON.parse(holder.textContent || '[]');
        return saved.filter(function (a) { return removed.indexOf(a.id) < 0; });
    }

    function field(name) { return form.querySelector('[data-live="' + name + '"]'); }

    function attachment() {
        var file = document.getElementById('upload');
        if (!file || !field('source')) { return []; }
        var depicts = Array.from(field('depicts').selectedOptions).map(function (o) { return o.value; });
        var unidentified = parseInt(field('unidentified').value || '0', 10);
        var logo = field('logo').checked;
        // A file the server kept after a form error counts as chosen until the author drops it.
        var kept = form.querySelector('input[name="Form.KeptUpload"]');
        var dropped = form.querySelector('input[name="Form.DiscardKeptUpload"]');
        var hasFile = !!file.value || (!!kept && !(dropped && dropped.checked));
        if (!hasFile && depicts.length === 0 && !logo && !unidentified) { return []; }
        var permission = field('permission').value;
        return [{ kind: 'image', source: field('source').value, permission: permission === '' ? null : permission === 'ja', depicts: depicts, unidentifiedPeople: unidentified, logo: logo }];
    }

    function chosenAccounts() {
        return Array.from(form.querySelectorAll('input[name="Form.AccountIds"]:checked')).map(function (c) { return c.value; });
    }

    function element(tag, className, content) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (content !== undefined) { node.textContent = content; }
        return node;
    }

    // An English finding's Dutch protocol citations, after its sentence (as _Citations.cshtml on the review page):
    // quoted and lang="nl". A Dutch finding has none apart; its sentence keeps them.
    function citationsOf(f, label) {
        if (!f.citations || f.citations.length === 0) { return null; }
        var span = element('span', 'finding-citation', (label || 'Protocol (in het Nederlands):') + ' ');
        span.setAttribute('data-testid', 'finding-citation');
        f.citations.forEach(function (c, i) {
            if (i > 0) { span.appendChild(document.createTextNode('; ')); }
            var quote = element('q', null, c);
            quote.lang = 'nl';
            span.appendChild(quote);
        });
        return span;
    }

    function findingKey(f) { return f.guideline + '|' + f.message; }

    function renderFinding(f, open) {
        var li = element('li', 'finding severity-' + f.severity);
        li.dataset.category = f.category;
        li.dataset.key = findingKey(f);
        li.setAttribute('data-testid', 'live-finding');
        li.appendChild(element('strong', null, f.message));
        var citations = citationsOf(f, list.dataset.citationLabel);
        if (citations) { li.appendChild(document.createTextNode(' ')); li.appendChild(citations); }
        var details = element('details');
        details.open = open;
        // The protocol is Dutch only: its title and text keep lang="nl", and an English page says so (list's data-protocol-note).
        var summary = element('summary');
        var title = element('span', null, f.guidelineTitle + ' (' + f.guideline + ')');
        title.lang = 'nl';
        summary.appendChild(title);
        if (list.dataset.protocolNote) { summary.appendChild(element('span', 'hint', ' — ' + list.dataset.protocolNote)); }
        details.appendChild(summary);
        var guideline = element('p', null, f.guidelineText);
        guideline.lang = 'nl';
        details.appendChild(guideline);
        li.appendChild(details);
        return li;
    }

    function renderHighlight(spans, value) {
        highlight.replaceChildren();
        if (spans.length === 0) { return; }
        var at = 0;
        spans.forEach(function (f) {
            if (f.start < at) { return; }
            highlight.appendChild(document.createTextNode(value.substring(at, f.start)));
            var mark = element('mark', 'severity-' + f.severity, value.substring(f.start, f.end));
            mark.setAttribute('title', f.message);
            highlight.appendChild(mark);
            at = f.end;
        });
        highlight.appendChild(document.createTextNode(value.substring(at)));
    }

    function render(result, value) {
        verdict.textContent = result.verdictText;
        verdict.className = 'verdict verdict-' + result.verdict;
        verdict.dataset.verdict = result.verdict;
        // Every keystroke re-renders the findings; an explanation the writer opened stays open.
        var opened = Array.from(list.querySelectorAll('li[data-key] > details[open]')).map(function (d) { return d.parentElement.dataset.key; });
        list.replaceChildren();
        var spans = [];
        result.findings.forEach(function (f) {
            list.appendChild(renderFinding(f, opened.indexOf(findingKey(f)) >= 0));
            if (f.start !== null && f.end !== null) { spans.push(f); }
        });
        spans.sort(function (a, b) { return a.start - b.start; });
        renderHighlight(spans, value);
        renderLengths(result.lengths || []);
    }

    // The server measures as each platform does (Connectors' TextLength); the page only shows it.
    function renderLengths(lengths) {
        var number = new Intl.NumberFormat(document.documentElement.lang || 'nl-NL');
        lengths.forEach(function (l) {
            var row = document.querySelector('[data-limit-for="' + CSS.escape(l.accountId) + '"]');
            if (!row) { return; }
            row.querySelector('[data-count]').textContent = number.format(l.length) + ' / ' + number.format(l.maxLength);
            row.setAttribute('data-over', l.fits ? 'false' : 'true');
            var over = document.querySelector('[data-preview-for="' + CSS.escape(l.accountId) + '"] [data-preview-over]');
            if (over) { over.hidden = l.fits; }
        });
    }

    // The preview per chosen account: the text as that platform's followers will read it (as text, never HTML).
    function showChosenLimits() {
        var chosen = chosenAccounts();
        document.querySelectorAll('[data-limit-for]').forEach(function (row) {
            row.hidden = chosen.indexOf(row.getAttribute('data-limit-for')) < 0;
        });
        document.querySelectorAll('[data-preview-for]').forEach(function (card) {
            card.hidden = chosen.indexOf(card.getAttribute('data-preview-for')) < 0;
            card.querySelector('[data-preview-text]').textContent = text.value;
        });
    }

    function check() {
        var value = text.value, mine = ++seq;
        fetch('/api/checks/live', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token ? token.value : '' },
            // A reply post is checked with its reply_to (the reaction and who wrote it), as saving will check it.
            body: JSON.stringify({
                text: value, accounts: chosenAccounts(), personal: personal, attachments: existing().concat(attachment()),
                replyToReactionId: form.dataset.replyTo || null, replyAudience: form.dataset.replyAudience || null
            })
        }).then(function (r) { return r.ok ? r.json() : null; })
          .then(function (result) { if (result && mine === seq) { render(result, value); } })
          .catch(function () { verdict.textContent = form.dataset.unreachable || ''; });
    }

    function later() { showChosenLimits(); clearTimeout(timer); timer = setTimeout(check, 250); }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    showChosenLimits();
    if (text.value) { check(); }
})();
