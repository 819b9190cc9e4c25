/**
 * "Cite this page" (src/components/CitePage), once a reader opens it: the access date becomes
 * today's, as the reader's browser counts days, and each form gets a Copy button (the Clipboard API;
 * where it is refused, the text is selected instead), announced in a live region. Loaded by
 * site.js (its `data-on-demand` loader) the first time a block opens; then it sets up every block as it opens. Plain script,
 * no imports and no React: it runs the same on hydrated and on static pages. Its strings come from
 * the block's attributes, translated at build time.
 */
(function () {
  'use strict';

  function pad(number) {
    return (number < 10 ? '0' : '') + number;
  }

  function today(format) {
    var now = new Date();
    if (format === 'dd.mm.yyyy') {
      return pad(now.getDate()) + '.' + pad(now.getMonth() + 1) + '.' + now.getFullYear();
    }
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(now);
  }

  function announce(status, text) {
    // Emptied first, so that the same message said twice is announced twice.
    status.textContent = '';
    setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  function select(pre) {
    var range = document.createRange();
    range.selectNodeContents(pre);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copy(details, pre, status) {
    var selected = function () {
      select(pre);
      announce(status, details.getAttribute('data-selected'));
    };
    if (!navigator.clipboard || !window.isSecureContext) return selected();
    navigator.clipboard.writeText(pre.textContent).then(function () {
      announce(status, details.getAttribute('data-copied'));
    }, selected);
  }

  function setUp(details) {
    if (details.hasAttribute('data-ready')) return;
    details.setAttribute('data-ready', '');
    details.querySelectorAll('[data-accessed]').forEach(function (blank) {
      blank.textContent = today(blank.getAttribute('data-accessed'));
    });
    var status = document.createElement('p');
    status.setAttribute('role', 'status');
    details.querySelectorAll('pre').forEach(function (pre) {
      var button = document.createElement('button');
      var label = pre.previousElementSibling;
      button.type = 'button';
      button.textContent = details.getAttribute('data-copy');
      // Two buttons that read the same: say which form each copies.
      if (label) button.setAttribute('aria-label', button.textContent + ': ' + label.textContent);
      button.addEventListener('click', function () {
        copy(details, pre, status);
      });
      pre.after(button);
    });
    details.appendChild(status);
  }

  document.addEventListener(
    'toggle',
    function (event) {
      var details = event.target;
      if (
        details instanceof HTMLDetailsElement &&
        details.open &&
        details.hasAttribute('data-cite')
      ) {
        setUp(details);
      }
    },
    true,
  );
  document.querySelectorAll('details[data-cite][open]').forEach(setUp);
})();
