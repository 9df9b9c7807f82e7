// Live updates of a dashboard page: the page's scoped stream (Server-Sent Events) says what changed; the parts of
// the page that show it are fetched again, already rendered in the page's language, and the change is announced in
// the polite live region. Without JavaScript the page still works: it is only not live.
(function () {
  'use strict';
  var stream = document.body && document.body.getAttribute('data-stream');
  var live = document.getElementById('annonces');
  if (!stream || !window.EventSource || !live) {
    return;
  }
  var pending = {};
  var timer = null;

  function announce(text) {
    live.textContent = '';
    // a new text node, a moment later, so that screen readers announce even the same words twice
    window.setTimeout(function () { live.textContent = text; }, 60);
  }

  function alertIds(root) {
    var ids = {};
    root.querySelectorAll('[data-alert-id]').forEach(function (n) { ids[n.getAttribute('data-alert-id')] = true; });
    return ids;
  }

  function refresh(part, types) {
    var before = alertIds(part);
    var focused = document.activeElement && part.contains(document.activeElement) ? document.activeElement.id : null;
    return fetch(part.getAttribute('data-fragment'), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        var template = document.createElement('template');
        template.innerHTML = html.trim();
        var replacement = template.content.firstElementChild;
        if (!replacement) { return null; }
        part.replaceWith(replacement);
        if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
        var added = [];
        replacement.querySelectorAll('[data-alert-id]').forEach(function (n) {
          if (!before[n.getAttribute('data-alert-id')]) {
            var title = n.querySelector('.alerte-titre');
            added.push(title ? title.textContent.trim() : '');
          }
        });
        return added;
      })
      .catch(function () { return null; });
  }

  function flush() {
    var types = Object.keys(pending);
    pending = {};
    var parts = Array.prototype.filter.call(document.querySelectorAll('[data-fragment]'), function (part) {
      var wanted = (part.getAttribute('data-refresh-on') || '').split(' ');
      return types.some(function (t) { return wanted.indexOf(t) >= 0; });
    });
    Promise.all(parts.map(function (part) { return refresh(part, types); })).then(function (results) {
      var added = [];
      results.forEach(function (r) { if (r) { added = added.concat(r); } });
      if (added.length) {
        announce(live.getAttribute('data-new-alert') + ' ' + added.join(' ; '));
      } else if (results.some(function (r) { return r !== null; })) {
        announce(live.getAttribute('data-updated'));
      }
    });
  }

  var source = new EventSource(stream);
  ['alert', 'alert-acknowledgement', 'worker', 'housing-unit', 'condition-report', 'reset'].forEach(function (type) {
    source.addEventListener(type, function () {
      pending[type] = true;
      window.clearTimeout(timer);
      // changes come in batches: one refresh for a burst
      timer = window.setTimeout(flush, 400);
    });
  });
  source.onerror = function () {
    if (source.readyState === EventSource.CLOSED) {
      announce(live.getAttribute('data-disconnected'));
    }
  };
})();
