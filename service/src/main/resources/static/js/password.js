/* Changing one's own password: PUT /api/v1/me/password {current, new}. The service decides (length, strength,
   the current password, the back-off after wrong ones); the page checks only that the two new ones match, and
   shows the service's answer next to the field it names. The service's messages are in English: the page shows
   its own text for each field, in the page's language. No password is kept or shown. */
(function () {
  'use strict';

  var FIELDS = ['current', 'new', 'confirm'];

  function t(key, params) {
    return window.Pan ? window.Pan.t(key, params) : key;
  }

  function clear() {
    FIELDS.forEach(function (name) {
      var p = document.getElementById(name + '-error');
      p.hidden = true;
      p.textContent = '';
      document.getElementById(name).removeAttribute('aria-invalid');
    });
    var errors = document.getElementById('password-errors');
    errors.hidden = true;
    errors.textContent = '';
    shownAlert = null;
    document.getElementById('password-done').hidden = true;
  }

  /** The error under a field; its text follows the page's language (data-i18n). */
  function fieldError(name, key) {
    var p = document.getElementById(name + '-error');
    p.setAttribute('data-i18n', key);
    p.textContent = t(key);
    p.hidden = false;
    var input = document.getElementById(name);
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }

  var shownAlert = null;

  function showAlert() {
    var errors = document.getElementById('password-errors');
    errors.textContent = shownAlert ? t(shownAlert.key, shownAlert.params) : '';
  }

  /** An error of the whole form, in the page's language (again when the language changes). */
  function alertError(key, params) {
    shownAlert = { key: key, params: params };
    var errors = document.getElementById('password-errors');
    showAlert();
    errors.hidden = false;
    errors.focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (window.Pan) {
      window.Pan.onLanguage(showAlert);
    }
    var form = document.getElementById('password-form');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clear();
      var current = document.getElementById('current').value;
      var next = document.getElementById('new').value;
      var confirm = document.getElementById('confirm').value;
      if (!current) {
        fieldError('current', 'password.error.required');
        return;
      }
      if (next !== confirm) {
        fieldError('confirm', 'password.error.mismatch');
        return;
      }
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      window.PanApi.put('/api/v1/me/password', { current: current, 'new': next }).then(function () {
        form.reset();
        var done = document.getElementById('password-done');
        done.hidden = false;
        done.focus();
      }).catch(function (e) {
        if (e.status === 429) {
          alertError('password.error.throttled', { seconds: e.problem.retryAfterSeconds || '?' });
        } else if (e.field === 'current') {
          fieldError('current', 'password.error.current');
        } else if (e.field === 'new') {
          fieldError('new', /must differ/.test(e.message) ? 'password.error.same' : 'password.error.weak');
        } else {
          alertError('password.error.other');
        }
      }).then(function () {
        button.disabled = false;
      });
    });
  });
})();
