// After "Koppel met …" the page shows a link to the platform's sign-in page; follow it at once. The link stays for
// anyone without scripts. (A redirect answering the form would be refused by the page's form-action policy.)
(function () {
    'use strict';
    var link = document.getElementById('connect-continue');
    if (link) {
        window.location.assign(link.href);
    }
})();
