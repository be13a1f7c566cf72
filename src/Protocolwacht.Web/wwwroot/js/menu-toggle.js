// On a phone the main menu folds away behind its "Menu" button (site.css): all of a director's or administrator's
// items would otherwise fill half the screen and push the composer's check below the fold, and a single sideways row
// hid that more items followed. Without JavaScript the button stays hidden and the menu stays open, wrapped.
(function () {
    'use strict';

    function start() {
        var nav = document.querySelector('.main-menu');
        var button = nav && nav.querySelector('.main-menu__toggle');
        if (!button) {
            return;
        }

        nav.classList.add('main-menu--foldable');
        button.addEventListener('click', function () {
            button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
