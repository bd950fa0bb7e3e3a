/* PAN: what every page does in the browser (the page itself is templates/layout.html). Language (FR/NL/EN)
   from ?lang=, then localStorage, then the browser, then FR; texts from /i18n/{lang}.json applied to every
   [data-i18n] element; header with navigation and switch. */
(function () {
  'use strict';

  var LANGS = ['fr', 'nl', 'en'];
  var STORE = 'pan.lang';
  var dict = {};
  var listeners = [];
  var current = null;

  function fromQuery() {
    var q = new URLSearchParams(window.location.search).get('lang');
    return q && LANGS.indexOf(q) >= 0 ? q : null;
  }

  function stored() {
    try {
      var s = window.localStorage.getItem(STORE);
      return s && LANGS.indexOf(s) >= 0 ? s : null;
    } catch (e) {
      return null;
    }
  }

  function browser() {
    var l = (navigator.language || 'fr').substring(0, 2).toLowerCase();
    return LANGS.indexOf(l) >= 0 ? l : null;
  }

  /**
   * The contract's enums, served by the page (data-vocabulary on the body, PageVocabulary on the server) rather
   * than copied here: vocabulary('device') is { labels: 'device.', values: ['COMPUTER', ...] }, the values in
   * the enum's order and each label the key labels + value. An unknown name is a mistake in the script: it throws.
   */
  var served = JSON.parse(document.body.getAttribute('data-vocabulary') || '{}');

  function vocabulary(name) {
    if (!Object.prototype.hasOwnProperty.call(served, name)) {
      throw new Error('PAN: the page serves no vocabulary named ' + name);
    }
    return served[name];
  }

  /** The text of a key; {name} placeholders replaced from params. A missing key shows the key (tests catch it). */
  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(dict, key) ? dict[key] : key;
    if (params) {
      text = text.replace(/\{(\w+)\}/g, function (m, name) {
        return params[name] === undefined || params[name] === null ? m : String(params[name]);
      });
    }
    return text;
  }

  function has(key) {
    return Object.prototype.hasOwnProperty.call(dict, key);
  }

  function apply(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    (root || document).querySelectorAll('[data-i18n-attr]').forEach(function (el) {
      // attribute:key pairs separated by semicolons, e.g. aria-label and title
      el.getAttribute('data-i18n-attr').split(';').forEach(function (pair) {
        var p = pair.split(':');
        if (p.length === 2) {
          el.setAttribute(p[0].trim(), t(p[1].trim()));
        }
      });
    });
  }

  function load(lang) {
    return fetch('/i18n/' + lang + '.json', { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (json) {
        dict = json;
        current = lang;
        document.documentElement.lang = lang;
        apply(document);
        var titleKey = document.body.getAttribute('data-title');
        if (titleKey) {
          document.title = t(titleKey) + ' – ' + t('app.name');
        }
        document.querySelectorAll('.lang-switch button').forEach(function (b) {
          b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang));
        });
        listeners.forEach(function (fn) { fn(lang); });
        return lang;
      });
  }

  /** Switches the page language; persist=false for a page whose language is not the user's (the slip). */
  function setLanguage(lang, persist) {
    if (LANGS.indexOf(lang) < 0) {
      return Promise.resolve(current);
    }
    if (persist !== false) {
      try { window.localStorage.setItem(STORE, lang); } catch (e) { /* private mode: the URL keeps it */ }
    }
    var url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url.toString());
    return load(lang);
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') {
          e.textContent = attrs[k];
        } else if (k === 'class') {
          e.className = attrs[k];
        } else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) {
          e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
        }
      });
    }
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) {
        e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
      }
    });
    return e;
  }

  /** The header: app name, navigation (unless data-nav="none"), language switch. */
  function header() {
    var host = document.getElementById('site-header');
    if (!host) {
      return;
    }
    var page = document.body.getAttribute('data-page');
    var bar = el('div', { class: 'bar' });
    bar.appendChild(el('a', { class: 'app-name', href: '/' }, [
      el('span', { 'data-i18n': 'app.name' }), el('small', { 'data-i18n': 'app.tagline' })]));
    if (document.body.getAttribute('data-nav') !== 'none') {
      var ul = el('ul');
      // The planning pages are offered only once the role is known to be a planner's or an admin's.
      var PLANNING = ['planner', 'stats'];
      [['diagnosis', '/diagnosis.html', 'nav.diagnosis'], ['inbox', '/inbox.html', 'nav.inbox'],
        ['planner', '/planner.html', 'nav.planner'], ['stats', '/stats.html', 'nav.stats'],
        ['password', '/password.html', 'nav.password']].forEach(function (n) {
        ul.appendChild(el('li', { 'data-nav': n[0], hidden: PLANNING.indexOf(n[0]) >= 0 && page !== n[0] },
          [el('a', { href: n[1], 'data-i18n': n[2], 'aria-current': page === n[0] ? 'page' : null })]));
      });
      // Only the pages the role can use (the API decides anyway): partners answer referrals, planners plan.
      if (window.PanApi) {
        window.PanApi.get('/pages/me').then(function (me) {
          var hide = { PARTNER: ['diagnosis'], PLANNER: ['diagnosis', 'inbox'] }[me.role] || [];
          hide.forEach(function (name) {
            var li = ul.querySelector('li[data-nav="' + name + '"]');
            if (li && page !== name) {
              li.hidden = true;
            }
          });
          if (me.role === 'PLANNER' || me.role === 'ADMIN') {
            PLANNING.forEach(function (name) {
              ul.querySelector('li[data-nav="' + name + '"]').hidden = false;
            });
          }
        }).catch(function () { /* the navigation stays as it is */ });
      }
      var logout = el('form', { class: 'logout-form', method: 'post', action: '/logout' }, [
        el('input', { type: 'hidden', name: '_csrf', value: '' }),
        el('button', { type: 'submit', 'data-i18n': 'nav.logout' })]);
      logout.addEventListener('submit', function () {
        logout.querySelector('input[name=_csrf]').value = window.PanApi ? window.PanApi.cookie('XSRF-TOKEN') || '' : '';
      });
      ul.appendChild(el('li', null, [logout]));
      bar.appendChild(el('nav', { class: 'site-nav', 'data-i18n-attr': 'aria-label:nav.label' }, [ul]));
    }
    var sw = el('div', { class: 'lang-switch', role: 'group', 'data-i18n-attr': 'aria-label:lang.switch' });
    [['fr', 'FR', 'Français'], ['nl', 'NL', 'Nederlands'], ['en', 'EN', 'English']].forEach(function (l) {
      // The visible code starts the accessible name (WCAG 2.5.3), the language's own name follows.
      var b = el('button', { type: 'button', 'data-lang': l[0], lang: l[0], 'aria-pressed': 'false' },
        [l[1], el('span', { class: 'visually-hidden', text: ' ' + l[2] })]);
      b.addEventListener('click', function () {
        setLanguage(l[0], document.body.getAttribute('data-persist-lang') !== 'false');
      });
      sw.appendChild(b);
    });
    bar.appendChild(sw);
    host.appendChild(bar);
  }

  /**
   * The address of a referral's slip in a language. The referral's id goes after '#': a fragment is never sent
   * to the server (nor written in its logs or a proxy's) and never carried in a Referer; the id on the slip's
   * address was itself enough to fetch the referral with a session. The language, which says nothing of the
   * person's file, stays in the query.
   */
  function slipUrl(referralId, lang) {
    return '/slip.html?lang=' + encodeURIComponent(lang) + '#referral=' + encodeURIComponent(referralId);
  }

  function initialLanguage() {
    var q = fromQuery();
    if (q) {
      if (document.body.getAttribute('data-persist-lang') !== 'false') {
        try { window.localStorage.setItem(STORE, q); } catch (e) { /* ignore */ }
      }
      return q;
    }
    return stored() || browser() || 'fr';
  }

  var ready = new Promise(function (resolve) {
    document.addEventListener('DOMContentLoaded', function () {
      header();
      load(initialLanguage()).then(resolve);
    });
  });

  window.Pan = {
    t: t,
    has: has,
    el: el,
    apply: apply,
    vocabulary: vocabulary,
    lang: function () { return current; },
    setLanguage: setLanguage,
    slipUrl: slipUrl,
    ready: ready,
    onLanguage: function (fn) { listeners.push(fn); },
    languageName: function (code, inLang) {
      try {
        return new Intl.DisplayNames([inLang || current], { type: 'language' }).of(code) || code;
      } catch (e) {
        return code;
      }
    }
  };
})();
