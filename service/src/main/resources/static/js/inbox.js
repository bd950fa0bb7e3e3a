/* Referral inbox for social workers, counsellors and partners: the referrals the caller may see, newest first,
   filtered by status; the transitions the caller's role may make (the API decides; a reason is asked for a
   refusal); SENT referrals without an answer for more than 25 days are flagged (they expire at 30 days). */
(function () {
  'use strict';

  var Pan = window.Pan, t = Pan.t, el = Pan.el;
  // The statuses of the filter: the referral lifecycle's enum, served by the page.
  var STATUS = Pan.vocabulary('referralStatus'), STATUSES = STATUS.values;
  var NEXT = { SENT: ['ACCEPTED', 'REFUSED', 'CANCELLED'], ACCEPTED: ['SCHEDULED', 'CANCELLED'],
    SCHEDULED: ['ATTENDED', 'NO_SHOW', 'CANCELLED'], ATTENDED: ['COMPLETED', 'CANCELLED'] };
  var PARTNER_SIDE = ['ACCEPTED', 'REFUSED', 'SCHEDULED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'];
  var OVERDUE_DAYS = 25;
  var DAY = 24 * 3600 * 1000;

  var me = null, list = [], offerNames = {};

  function allowed(referral) {
    var next = NEXT[referral.status] || [];
    return next.filter(function (to) {
      if (me.role === 'ADMIN') {
        return true;
      }
      if (to === 'CANCELLED') {
        return (me.role === 'COUNSELLOR' || me.role === 'SOCIAL_WORKER') && me.organisation === referral.organisation;
      }
      return me.role === 'PARTNER' && PARTNER_SIDE.indexOf(to) >= 0;
    });
  }

  function ageDays(referral) {
    return Math.floor((Date.now() - new Date(referral.createdAt).getTime()) / DAY);
  }

  function say(text, ok) {
    var box = document.getElementById('inbox-message');
    box.textContent = '';
    if (text) {
      box.appendChild(el('p', { class: ok ? 'notice' : 'alert', tabindex: '-1', text: text }));
      box.firstChild.focus();
    }
  }

  function offerName(id) {
    if (!offerNames[id]) {
      offerNames[id] = window.PanApi.get('/api/v1/offers/' + encodeURIComponent(id))
        .then(function (o) { return o.name + (o.structure && o.structure.name ? ' – ' + o.structure.name : ''); })
        .catch(function () { return id; });
    }
    return offerNames[id];
  }

  function load() {
    var status = document.getElementById('status-filter').value;
    return window.PanApi.get('/api/v1/referrals' + (status ? '?status=' + status : '')).then(function (referrals) {
      list = referrals;
      render();
    }).catch(function (error) {
      say(error.status === 403 ? t('common.forbidden') : t('common.error'), false);
    });
  }

  function render() {
    var lang = Pan.lang();
    var body = document.getElementById('inbox-rows');
    body.textContent = '';
    document.getElementById('inbox-count').textContent = list.length ? t('inbox.count', { count: list.length }) : t('inbox.empty');
    document.getElementById('inbox-table').hidden = !list.length;
    var date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    list.forEach(function (r) {
      var days = ageDays(r);
      var overdue = r.status === 'SENT' && days > OVERDUE_DAYS;
      var offerCell = el('td', null, [el('span', { class: 'offer-name', text: r.offerId })]);
      offerName(r.offerId).then(function (name) { offerCell.firstChild.textContent = name; });
      if (r.note) {
        offerCell.appendChild(el('p', { class: 'source' }, [el('strong', { text: t('inbox.note') + ': ' }), r.note]));
      }
      var statusCell = el('td', null, [el('span', { class: 'badge status', text: t('status.' + r.status) })]);
      if (overdue) {
        statusCell.appendChild(el('p', { class: 'overdue-flag', text: t('inbox.overdue', { days: days }) }));
      }
      var actions = el('td', { class: 'actions-cell' });
      var buttons = el('div', { class: 'actions', style: 'margin:0' });
      allowed(r).forEach(function (to) {
        var b = el('button', { type: 'button', class: 'button' + (to === 'REFUSED' || to === 'CANCELLED' || to === 'NO_SHOW' ? ' secondary' : '') + ' transition',
          'data-to': to, text: t('action.' + to) });
        b.addEventListener('click', function () {
          if (to === 'REFUSED') {
            askReason(r, actions);
          } else {
            move(r, to, null, null);
          }
        });
        buttons.appendChild(b);
      });
      buttons.appendChild(el('a', { class: 'button secondary', href: '/slip.html?referral=' + encodeURIComponent(r.id) + '&lang=' + lang, text: t('inbox.slip') }));
      actions.appendChild(buttons);
      body.appendChild(el('tr', { 'data-referral': r.id, 'data-status': r.status, class: overdue ? 'overdue' : null }, [
        el('td', { text: date.format(new Date(r.createdAt)) }), offerCell, el('td', { text: r.organisation }), statusCell, actions]));
    });
  }

  function askReason(r, cell) {
    if (cell.querySelector('.refuse-form')) {
      cell.querySelector('textarea').focus();
      return;
    }
    var id = 'reason-' + r.id;
    var err = el('p', { class: 'error-message', id: id + '-error', hidden: true });
    var area = el('textarea', { id: id, maxlength: '1000', required: true, 'aria-describedby': id + '-error' });
    var confirm = el('button', { type: 'submit', class: 'button', text: t('inbox.confirmRefuse') });
    var form = el('form', { class: 'refuse-form', novalidate: true }, [
      el('div', { class: 'field' }, [el('label', { for: id, text: t('inbox.reason') }), err, area]), confirm]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!area.value.trim()) {
        err.textContent = t('inbox.reasonRequired');
        err.hidden = false;
        area.setAttribute('aria-invalid', 'true');
        area.focus();
        return;
      }
      move(r, 'REFUSED', area.value.trim(), { err: err, area: area });
    });
    cell.appendChild(form);
    area.focus();
  }

  function move(r, to, reason, field) {
    var body = { to: to };
    if (reason) {
      body.reason = reason;
    }
    window.PanApi.post('/api/v1/referrals/' + encodeURIComponent(r.id) + '/transitions', body).then(function (updated) {
      return load().then(function () {
        say(t('inbox.done', { status: t('status.' + updated.status) }), true);
      });
    }).catch(function (error) {
      if (field && error.field === 'reason') {
        field.err.textContent = t('inbox.reasonRequired');
        field.err.hidden = false;
        field.area.setAttribute('aria-invalid', 'true');
        return;
      }
      say(error.status === 409 ? t('inbox.conflict') : error.status === 403 ? t('common.forbidden') : t('common.error'), false);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('status-filter');
    select.appendChild(el('option', { value: '', 'data-i18n': 'inbox.all' }));
    STATUSES.forEach(function (s) {
      select.appendChild(el('option', { value: s, 'data-i18n': STATUS.labels + s }));
    });
    var initial = new URLSearchParams(window.location.search).get('status');
    if (initial && STATUSES.indexOf(initial) >= 0) {
      select.value = initial;
    }
    document.getElementById('inbox-filter').addEventListener('submit', function (e) {
      e.preventDefault();
      say('', true);
      load();
    });
    Pan.onLanguage(function () {
      if (me) {
        render();
      }
    });
    Pan.ready.then(function () {
      return window.PanApi.get('/pages/me');
    }).then(function (user) {
      me = user;
      return load();
    }).catch(function () {
      say(t('common.error'), false);
    });
  });
})();
