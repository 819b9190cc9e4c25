// Loads the script a `<details data-on-demand="…">` needs the first time a reader opens one, once:
// a closed block's code weighs nothing on the page. Plain script, no imports (site.js can take it in).
(function () {
  if (typeof document === 'undefined') return; // a client module is imported by the server render too
  var loaded = {};
  function load(details) {
    var src = details.getAttribute('data-on-demand');
    if (!details.open || !src || loaded[src]) return;
    loaded[src] = true;
    var script = document.createElement('script');
    script.src = src;
    script.defer = true;
    document.head.appendChild(script);
  }
  // `toggle` does not bubble: listen in the capture phase, for blocks rendered later too.
  document.addEventListener(
    'toggle',
    function (event) {
      if (event.target instanceof HTMLDetailsElement) load(event.target);
    },
    true,
  );
  // Opened before this script ran (it starts after the first paint).
  document.querySelectorAll('details[data-on-demand][open]').forEach(load);
})();
