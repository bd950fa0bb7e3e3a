/* Referral inbox for social workers, counsellors and partners: the referrals the caller may see, newest first,
   one page at a time (X-Total-Count), searched by slip number or reference and filtered by status, dates, offer
   and referring organisation. Each referral is a card (readable at 360 px): its slip number and reference, the
   person's languages and needs (never a name), the booked session or appointment, and its history (who, when,
   and the reason of a refusal). The transitions the caller's role may make are offered (the API decides); an
   irreversible one (refuse, cancel, no-show) asks for a confirmation, a refusal for a reason, scheduling
   without a booked session for a date and time. A partner marks attendance for a whole session at once. SENT
   referrals without an answer for more than 25 days are flagged (they expire at 30 days). */
(function () {
  'use strict';

  var Pan = window.Pan, t = Pan.t, el = Pan.el;
  // The statuses of the filter: the referral lifecycle's enum, served by the page.
  var STATUS = Pan.vocabulary('referralStatus'), STATUSES = STATUS.values;
  var NEXT = { SENT: ['ACCEPTED', 'REFUSED', 'CANCELLED'], ACCEPTED: ['SCHEDULED', 'CANCELLED'],
    SCHEDULED: ['ATTENDED', 'NO_SHOW', 'CANCELLED'], ATTENDED: ['COMPLETED', 'CANCELLED'] };
  var PARTNER_SIDE = ['ACCEPTED', 'REFUSED', 'SCHEDULED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'];
  // Moves that cannot be undone: the page asks before making them.
  var IRREVERSIBLE = ['REFUSED', 'CANCELLED', 'NO_SHOW'];
  var OVERDUE_DAYS = 25;
  var PAGE_SIZE = 20;
  var DAY = 24 * 3600 * 1000;

  var me = null, list = [], total = 0, page = 0, offerNames = {}, scheduled = [];

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

  function slipNumber(r) {
    return r.slipNumber || r.id.substring(0, 8).toUpperCase();
  }

  /** The query of the filter form, page and size included. */
  function query() {
    var params = new URLSearchParams();
    var q = document.getElementById('search').value.trim();
    if (q) {
      params.set('q', q);
    }
    var status = document.getElementById('status-filter').value;
    if (status) {
      params.append('status', status);
    }
    [['from', 'from-filter'], ['to', 'to-filter'], ['offerId', 'offer-filter'], ['organisation', 'organisation-filter']].forEach(function (f) {
      var v = document.getElementById(f[1]).value.trim();
      if (v) {
        params.set(f[0], v);
      }
    });
    params.set('page', String(page));
    params.set('size', String(PAGE_SIZE));
    return params.toString();
  }

  function load() {
    return window.PanApi.list('/api/v1/referrals?' + query()).then(function (result) {
      list = result.items;
      total = result.total;
      render();
      return loadAttendance();
    }).catch(function (error) {
      say(error.status === 403 ? t('common.forbidden') : error.status === 400 ? t('inbox.badFilter', { field: error.field || '' }) : t('common.error'), false);
    });
  }

  function render() {
    var lang = Pan.lang();
    var ol = document.getElementById('inbox-list');
    ol.textContent = '';
    var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    document.getElementById('inbox-count').textContent = total ? t('inbox.count', { count: total }) : t('inbox.empty');
    document.getElementById('pager').hidden = pages <= 1;
    document.getElementById('page-info').textContent = t('inbox.page', { page: page + 1, pages: pages });
    document.getElementById('page-prev').disabled = page <= 0;
    document.getElementById('page-next').disabled = page + 1 >= pages;
    list.forEach(function (r) {
      ol.appendChild(card(r, lang));
    });
  }

  function dateTime(value, lang) {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(value));
  }

  function card(r, lang) {
    var days = ageDays(r);
    var overdue = r.status === 'SENT' && days > OVERDUE_DAYS;
    var titleId = 'referral-' + r.id;
    var title = el('h2', { id: titleId, class: 'offer-name', text: r.offerId });
    offerName(r.offerId).then(function (name) { title.textContent = name; });
    var li = el('li', { class: 'card referral' + (overdue ? ' overdue' : ''), 'data-referral': r.id, 'data-status': r.status,
      'aria-labelledby': titleId }, [title]);
    var status = el('p', { class: 'status-line' }, [el('span', { class: 'visually-hidden', text: t('inbox.col.status') + ': ' }),
      el('span', { class: 'badge status', text: t('status.' + r.status) })]);
    if (overdue) {
      status.appendChild(el('span', { class: 'overdue-flag', text: t('inbox.overdue', { days: days }) }));
    }
    li.appendChild(status);
    var facts = el('dl', { class: 'facts referral-facts' });
    function row(key, value, cls) {
      facts.appendChild(el('dt', { text: t(key) }));
      facts.appendChild(el('dd', { class: cls || null }, [value]));
    }
    row('inbox.slipNumber', slipNumber(r), 'slip-number');
    if (r.reference) {
      row('inbox.reference', r.reference, 'reference');
    }
    row('inbox.col.date', dateTime(r.createdAt, lang));
    row('inbox.col.from', r.organisation);
    person(r.person, lang, row);
    var when = appointment(r, lang);
    if (when) {
      row('inbox.appointment', when, 'appointment');
    }
    if (r.override) {
      row('inbox.override', t('inbox.overrideText', { rule: r.override.rule, reason: r.override.reason }), 'override');
    }
    li.appendChild(facts);
    if (r.session && r.session.changedSinceBooking) {
      li.appendChild(el('p', { class: 'alert session-changed' }, [t('inbox.sessionChanged', {
        change: t('inbox.change.' + (r.session.lastChange === 'DROPPED' ? 'DROPPED' : 'MOVED')), at: r.session.changedAt ? dateTime(r.session.changedAt, lang) : '' })]));
    }
    if (r.note) {
      li.appendChild(el('p', { class: 'source' }, [el('strong', { text: t('inbox.note') + ': ' }), r.note]));
    }
    li.appendChild(history(r, lang));
    li.appendChild(actions(r, lang));
    return li;
  }

  /** The person's facts a partner needs to welcome them: languages, needs, disabilities, reduced mobility. */
  function person(p, lang, row) {
    if (!p) {
      return;
    }
    if (p.languages && p.languages.length) {
      row('inbox.languages', p.languages.map(function (c) { return Pan.languageName(c, lang); }).join(', '), 'person-languages');
    }
    if (p.needs && p.needs.length) {
      row('inbox.needs', p.needs.map(function (n) { return t('need.' + n); }).join(', '), 'person-needs');
    }
    var access = (p.disabilities || []).map(function (d) { return t('disability.' + d); });
    if (p.reducedMobility) {
      access.push(t('p.reducedMobility'));
    }
    if (access.length) {
      row('inbox.access', access.join(', '), 'person-access');
    }
  }

  function appointment(r, lang) {
    if (r.session && r.session.start) {
      var s = window.PanOffers.session(r.session);
      return window.PanOffers.when(s.start, s.end, lang) + ([s.venue, s.address].filter(Boolean).length
        ? ' – ' + [s.venue, s.address].filter(Boolean).join(', ') : '');
    }
    if (r.appointment && r.appointment.at) {
      return window.PanOffers.when(r.appointment.at, null, lang)
        + (r.appointment.place ? ' – ' + r.appointment.place : '')
        + (r.appointment.contact ? ' (' + t('inbox.contact') + ': ' + r.appointment.contact + ')' : '');
    }
    return null;
  }

  /** Who moved the referral, when, and why (a refusal's reason): newest last, as it happened. */
  function history(r, lang) {
    var items = (r.history || []).map(function (h) {
      var what = h.from === 'NEW' ? t('inbox.historyCreated') : t('status.' + h.to);
      var line = el('li', { 'data-to': h.to }, [el('strong', { text: what }), ' · ' + dateTime(h.at, lang)
        + (h.actor ? ' · ' + t('inbox.by', { actor: h.actor }) : '')]);
      if (h.reason) {
        line.appendChild(el('p', { class: 'history-reason' }, [el('strong', { text: t('inbox.reasonLabel') + ' ' }), h.reason]));
      }
      return line;
    });
    var refusal = (r.history || []).filter(function (h) { return h.to === 'REFUSED' && h.reason; }).pop();
    var box = el('div', { class: 'history-box' });
    if (refusal) {
      // A refusal's reason is what the referrer needs first: shown, not only in the history.
      box.appendChild(el('p', { class: 'refusal-reason' }, [el('strong', { text: t('inbox.refusedBecause') + ' ' }), refusal.reason]));
    }
    box.appendChild(el('details', { class: 'history' }, [el('summary', { text: t('inbox.history', { count: items.length }) }),
      el('ol', null, items)]));
    return box;
  }

  function actions(r, lang) {
    var cell = el('div', { class: 'referral-actions' });
    var buttons = el('div', { class: 'actions flush' });
    allowed(r).forEach(function (to) {
      var b = el('button', { type: 'button', class: 'button' + (IRREVERSIBLE.indexOf(to) >= 0 ? ' secondary' : '') + ' transition',
        'data-to': to, text: t('action.' + to) });
      b.addEventListener('click', function () {
        if (to === 'REFUSED') {
          askReason(r, cell);
        } else if (to === 'SCHEDULED' && !r.sessionId && !(r.session && r.session.id)) {
          askAppointment(r, cell);
        } else if (IRREVERSIBLE.indexOf(to) >= 0) {
          askConfirmation(r, to, cell, b);
        } else {
          move(r, to, null, null);
        }
      });
      buttons.appendChild(b);
    });
    buttons.appendChild(el('a', { class: 'button secondary slip-link', href: Pan.slipUrl(r.id, lang),
      text: t('inbox.slip') }));
    cell.appendChild(buttons);
    return cell;
  }

  function clearForms(cell) {
    cell.querySelectorAll('.inline-form').forEach(function (f) { f.remove(); });
  }

  /** An irreversible move says what it does and waits for a second, explicit click. */
  function askConfirmation(r, to, cell, opener) {
    clearForms(cell);
    var id = 'confirm-' + r.id;
    var yes = el('button', { type: 'submit', class: 'button confirm', 'data-to': to, text: t('inbox.confirm.' + to) });
    var no = el('button', { type: 'button', class: 'button secondary', text: t('inbox.keep') });
    var form = el('form', { class: 'inline-form confirm-form', role: 'alertdialog', 'aria-labelledby': id, novalidate: true }, [
      el('p', { id: id, class: 'alert', text: t('inbox.confirmText.' + to, { number: slipNumber(r) }) }),
      el('div', { class: 'actions' }, [yes, no])]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      move(r, to, null, null);
    });
    no.addEventListener('click', function () {
      form.remove();
      opener.focus();
    });
    cell.appendChild(form);
    yes.focus();
  }

  function askReason(r, cell) {
    if (cell.querySelector('.refuse-form')) {
      cell.querySelector('textarea').focus();
      return;
    }
    clearForms(cell);
    var id = 'reason-' + r.id;
    var err = el('p', { class: 'error-message', id: id + '-error', hidden: true });
    var area = el('textarea', { id: id, maxlength: '1000', required: true, 'aria-describedby': id + '-warning ' + id + '-error' });
    var confirm = el('button', { type: 'submit', class: 'button', text: t('inbox.confirmRefuse') });
    var form = el('form', { class: 'inline-form refuse-form', novalidate: true }, [
      el('p', { class: 'source', id: id + '-warning', text: t('inbox.confirmText.REFUSED', { number: slipNumber(r) }) }),
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
      move(r, 'REFUSED', area.value.trim(), { err: err, input: area, field: 'reason' });
    });
    cell.appendChild(form);
    area.focus();
  }

  /** Scheduling a referral without a booked session: the date and time (required), the place and a contact. */
  function askAppointment(r, cell) {
    if (cell.querySelector('.schedule-form')) {
      cell.querySelector('.schedule-form input').focus();
      return;
    }
    clearForms(cell);
    var id = 'appointment-' + r.id;
    var err = el('p', { class: 'error-message', id: id + '-error', hidden: true });
    var at = el('input', { type: 'datetime-local', id: id + '-at', required: true, 'aria-describedby': id + '-error' });
    var place = el('input', { type: 'text', id: id + '-place', maxlength: '200' });
    var contact = el('input', { type: 'text', id: id + '-contact', maxlength: '200', 'aria-describedby': id + '-contact-hint' });
    var form = el('form', { class: 'inline-form schedule-form', novalidate: true }, [
      el('div', { class: 'field' }, [el('label', { for: id + '-at', text: t('inbox.appointmentAt') }), err, at]),
      el('div', { class: 'field' }, [el('label', { for: id + '-place', text: t('inbox.appointmentPlace') }), place]),
      el('div', { class: 'field' }, [el('label', { for: id + '-contact', text: t('inbox.appointmentContact') }),
        el('span', { class: 'hint', id: id + '-contact-hint', text: t('inbox.appointmentContactHint') }), contact]),
      el('button', { type: 'submit', class: 'button', text: t('inbox.confirmSchedule') })]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!at.value) {
        err.textContent = t('inbox.appointmentRequired');
        err.hidden = false;
        at.setAttribute('aria-invalid', 'true');
        at.focus();
        return;
      }
      var body = { at: brusselsOffset(at.value) };
      if (place.value.trim()) {
        body.place = place.value.trim();
      }
      if (contact.value.trim()) {
        body.contact = contact.value.trim();
      }
      move(r, 'SCHEDULED', null, { err: err, input: at, field: 'appointment' }, body);
    });
    cell.appendChild(form);
    at.focus();
  }

  /** "2026-12-08T09:00" typed in Brussels, with Brussels's offset of that day: "2026-12-08T09:00:00+01:00". */
  function brusselsOffset(local) {
    var guess = new Date(local + ':00Z');
    var parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' }).formatToParts(guess);
    var name = (parts.filter(function (p) { return p.type === 'timeZoneName'; })[0] || {}).value || 'GMT+01:00';
    var offset = name.replace('GMT', '') || '+00:00';
    return local + ':00' + offset;
  }

  function move(r, to, reason, field, appointmentBody) {
    var body = { to: to };
    if (reason) {
      body.reason = reason;
    }
    if (appointmentBody) {
      body.appointment = appointmentBody;
    }
    window.PanApi.post('/api/v1/referrals/' + encodeURIComponent(r.id) + '/transitions', body).then(function (updated) {
      return load().then(function () {
        say(t('inbox.done', { status: t('status.' + updated.status) }), true);
      });
    }).catch(function (error) {
      if (field && error.field && error.field.indexOf(field.field) === 0) {
        field.err.textContent = field.field === 'reason' ? t('inbox.reasonRequired') : t('inbox.appointmentInvalid');
        field.err.hidden = false;
        field.input.setAttribute('aria-invalid', 'true');
        return;
      }
      say(error.status === 409 ? t('inbox.conflict') : error.status === 403 ? t('common.forbidden') : t('common.error'), false);
    });
  }

  /** A partner's scheduled referrals with a booked session, by session: attendance for the whole session at once. */
  function loadAttendance() {
    var section = document.getElementById('attendance');
    if (!me || (me.role !== 'PARTNER' && me.role !== 'ADMIN')) {
      section.hidden = true;
      return Promise.resolve();
    }
    return window.PanApi.list('/api/v1/referrals?status=SCHEDULED&page=0&size=100').then(function (result) {
      scheduled = result.items.filter(function (r) { return r.session && r.session.id; });
      renderAttendance();
    }).catch(function () {
      section.hidden = true;
    });
  }

  function renderAttendance() {
    var lang = Pan.lang();
    var section = document.getElementById('attendance');
    var host = document.getElementById('attendance-sessions');
    host.textContent = '';
    var bySession = {};
    var order = [];
    scheduled.forEach(function (r) {
      if (!bySession[r.session.id]) {
        bySession[r.session.id] = [];
        order.push(r.session.id);
      }
      bySession[r.session.id].push(r);
    });
    section.hidden = !order.length;
    order.forEach(function (sessionId) {
      var referrals = bySession[sessionId];
      var s = window.PanOffers.session(referrals[0].session);
      var legendText = window.PanOffers.when(s.start, s.end, lang) + (s.venue ? ' – ' + s.venue : '');
      var rows = referrals.map(function (r) {
        var name = 'attended-' + r.id;
        var group = el('fieldset', { class: 'attendance-row', 'data-referral': r.id }, [
          el('legend', { text: t('inbox.slipNumber') + ' ' + slipNumber(r) + (r.reference ? ' · ' + r.reference : '') }),
          el('div', { class: 'choices compact' }, [
            el('div', { class: 'choice' }, [el('input', { type: 'radio', id: name + '-yes', name: name, value: 'attended', checked: true }),
              el('label', { for: name + '-yes', text: t('attendance.attended') })]),
            el('div', { class: 'choice' }, [el('input', { type: 'radio', id: name + '-no', name: name, value: 'noShow' }),
              el('label', { for: name + '-no', text: t('attendance.noShow') })])])]);
        return group;
      });
      var err = el('p', { class: 'error-message', hidden: true, role: 'alert' });
      var submit = el('button', { type: 'submit', class: 'button', text: t('attendance.submit') });
      var form = el('form', { class: 'attendance-form card', 'data-session': sessionId, novalidate: true },
        [el('h3', { text: legendText }), err].concat(rows).concat([el('div', { class: 'actions' }, [submit])]));
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var body = { attended: [], noShow: [] };
        referrals.forEach(function (r) {
          var v = form.querySelector('input[name="attended-' + r.id + '"]:checked');
          body[v && v.value === 'noShow' ? 'noShow' : 'attended'].push(r.id);
        });
        submit.disabled = true;
        window.PanApi.post('/api/v1/sessions/' + encodeURIComponent(sessionId) + '/attendance', body).then(function () {
          return load().then(function () {
            say(t('attendance.done', { count: body.attended.length + body.noShow.length }), true);
          });
        }).catch(function (error) {
          submit.disabled = false;
          err.textContent = error.status === 409 ? t('inbox.conflict') : error.status === 403 ? t('common.forbidden') : t('common.error');
          err.hidden = false;
        });
      });
      host.appendChild(form);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('status-filter');
    select.appendChild(el('option', { value: '', 'data-i18n': 'inbox.all' }));
    STATUSES.forEach(function (s) {
      select.appendChild(el('option', { value: s, 'data-i18n': STATUS.labels + s }));
    });
    var params = new URLSearchParams(window.location.search);
    var initial = params.get('status');
    if (initial && STATUSES.indexOf(initial) >= 0) {
      select.value = initial;
    }
    if (params.get('q')) {
      document.getElementById('search').value = params.get('q');
    }
    document.getElementById('inbox-filter').addEventListener('submit', function (e) {
      e.preventDefault();
      say('', true);
      page = 0;
      load();
    });
    document.getElementById('inbox-filter').addEventListener('reset', function () {
      setTimeout(function () {
        page = 0;
        load();
      }, 0);
    });
    document.getElementById('page-prev').addEventListener('click', function () {
      page = Math.max(0, page - 1);
      load();
    });
    document.getElementById('page-next').addEventListener('click', function () {
      page += 1;
      load();
    });
    Pan.onLanguage(function () {
      if (me) {
        render();
        renderAttendance();
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
