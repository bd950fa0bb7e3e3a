/* The login form: posts username, password and the CSRF token read from the XSRF-TOKEN cookie. */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var params = new URLSearchParams(window.location.search);
    document.getElementById('login-error').hidden = !params.has('error');
    document.getElementById('login-expired').hidden = !params.has('expired');
    document.getElementById('login-out').hidden = !params.has('logout');
    // Too many failed sign-ins (LoginFailureHandler): how long to wait, in the page's language.
    var throttled = /^[0-9]{1,6}$/.test(params.get('throttled') || '') ? params.get('throttled') : null;
    var wait = document.getElementById('login-throttled');
    wait.hidden = throttled === null;
    if (throttled !== null && window.Pan) {
      var say = function () {
        wait.textContent = window.Pan.t('login.throttled', { seconds: throttled });
      };
      window.Pan.onLanguage(say);
      window.Pan.ready.then(say);
    }
    var form = document.getElementById('login-form');
    var fill = function () {
      document.getElementById('csrf').value = window.PanApi.cookie('XSRF-TOKEN') || '';
    };
    fill();
    form.addEventListener('submit', fill);
    if (params.has('error')) {
      document.getElementById('username').setAttribute('aria-invalid', 'true');
      document.getElementById('password').setAttribute('aria-invalid', 'true');
      document.getElementById('password').setAttribute('aria-describedby', 'login-error');
    }
  });
})();
