/* The counsellor's diagnosis page: the four questions, optional profile and extended diagnosis, the result
   (level, dimensions, persona, urgency, target groups, orientations with offer facts, the full explanation)
   and a referral per orientation, with its slip. */
(function () {
  'use strict';

  var Pan = window.Pan, t = Pan.t, el = Pan.el, V = Pan.vocabulary;
  // The choices are the contract's enums, served by the page in their declared order (best answer first).
  var QUESTIONS = [['device', V('device')], ['internet', V('internet')], ['email', V('ability')],
    ['onlineProcedures', V('ability')]];
  // The profile's yes/no/unknown facts (diagnosis contract, profile), in the order a counsellor asks them.
  var TRISTATE = ['jobSeeker', 'student', 'employed', 'retired', 'upperSecondaryCertificate', 'cpasBeneficiary',
    'homeless', 'newcomer', 'readsWritesFrenchOrDutch', 'reducedMobility'];
  // A reason's points, as the rule base appends them to its text: "Répond à un besoin exprimé (+10)."
  var POINTS = /\s*\(([+\-\u2212]\d+)\)(?=\.?\s*$)/;
  var LANGUAGES = ['fr', 'nl', 'en', 'ar', 'tr', 'es', 'pt', 'ro', 'pl', 'ru', 'it', 'de', 'so', 'uk', 'bg'];

  var lastResponse = null;
  var me = null;
  var offers = {};
  var referrals = {};

  function choice(type, name, value, labelKey, checked, labelText) {
    var id = name + '-' + value;
    var input = el('input', { type: type, id: id, name: name, value: value, checked: checked ? true : null });
    var label = labelKey ? el('label', { for: id, 'data-i18n': labelKey }) : el('label', { for: id }, [labelText]);
    return el('div', { class: 'choice' }, [input, label]);
  }

  /** A fieldset of choices; term: a served vocabulary ({ labels, values }), or null for choices added by the caller. */
  function group(name, field, legendKey, term, options) {
    options = options || {};
    var choices = el('div', { class: 'choices' + (options.compact ? ' compact' : '') });
    (term ? term.values : []).forEach(function (v) {
      choices.appendChild(choice(options.type || 'radio', name, v, term.labels + v, false));
    });
    if (options.unknown) {
      choices.appendChild(choice('radio', name, '', 'common.unknown', true));
    }
    var fs = el('fieldset', { 'data-field': field, id: name + '-group', 'aria-describedby': 'err-' + name },
      [el('legend', { 'data-i18n': legendKey }), el('p', { class: 'error-message', id: 'err-' + name, hidden: true }), choices]);
    if (options.required) {
      fs.setAttribute('data-required', 'true');
    }
    return fs;
  }

  function buildForm() {
    var channel = document.getElementById('channel');
    var channels = V('channel');
    channels.values.forEach(function (c) {
      channel.appendChild(el('option', { value: c, 'data-i18n': channels.labels + c }));
    });
    var questions = document.getElementById('questions');
    QUESTIONS.forEach(function (q) {
      questions.appendChild(group(q[0], 'answers.' + q[0], 'q.' + q[0], q[1], { required: true }));
    });
    var profile = document.getElementById('profile-groups');
    profile.appendChild(group('gender', 'profile.gender', 'p.gender', V('gender'), { unknown: true, compact: true }));
    TRISTATE.forEach(function (name) {
      var fs = group(name, 'profile.' + name, 'p.' + name, null, { compact: true });
      var choices = fs.querySelector('.choices');
      choices.appendChild(choice('radio', name, 'true', 'common.yes', false));
      choices.appendChild(choice('radio', name, 'false', 'common.no', false));
      choices.appendChild(choice('radio', name, '', 'common.unknown', true));
      profile.appendChild(fs);
    });
    profile.appendChild(group('disabilities', 'profile.disabilities', 'p.disabilities', V('disability'), { type: 'checkbox' }));
    var langs = document.getElementById('languages');
    LANGUAGES.forEach(function (code) {
      langs.appendChild(choice('checkbox', 'languages', code, null, false, ''));
    });
    var ext = document.getElementById('extended-groups');
    ext.appendChild(group('interest', 'extended.interest', 'e.interest', V('interest'), { unknown: true, compact: true }));
    ext.appendChild(group('stress', 'extended.stress', 'e.stress', V('stress'), { unknown: true, compact: true }));
    ext.appendChild(group('needs', 'extended.needs', 'e.needs', V('need'), { type: 'checkbox' }));
    ext.appendChild(group('barriers', 'extended.barriers', 'e.barriers', V('barrier'), { type: 'checkbox' }));
  }

  /** Language names in the page language, each followed by its own name (with its lang attribute). */
  function labelLanguages(lang) {
    LANGUAGES.forEach(function (code) {
      var label = document.querySelector('label[for="languages-' + code + '"]');
      label.textContent = '';
      var own = Pan.languageName(code, code);
      var here = Pan.languageName(code, lang);
      // One child: the label is a flex box, each text node would become an item of its own.
      var text = el('span', null, [here]);
      if (own.toLowerCase() !== here.toLowerCase()) {
        text.appendChild(document.createTextNode(' ('));
        text.appendChild(el('span', { lang: code, text: own }));
        text.appendChild(document.createTextNode(')'));
      }
      label.appendChild(text);
    });
  }

  function radio(name) {
    var checked = document.querySelector('input[name="' + name + '"]:checked');
    return checked && checked.value !== '' ? checked.value : null;
  }

  function checkedValues(name) {
    return Array.prototype.map.call(document.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
  }

  function clearErrors() {
    document.querySelectorAll('.error-message').forEach(function (p) { p.hidden = true; p.textContent = ''; });
    document.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    document.querySelectorAll('fieldset.invalid').forEach(function (f) { f.classList.remove('invalid'); });
    var summary = document.getElementById('form-errors');
    summary.hidden = true;
    summary.textContent = '';
  }

  /** Shows a message next to the element bound to the API field (data-field), or in the summary. */
  function showError(field, message) {
    var path = (field || '').replace(/\[\d+\]$/, '');
    var target = path ? document.querySelector('[data-field="' + path + '"]') : null;
    if (!target && path.indexOf('.') > 0) {
      target = document.querySelector('[data-field="' + path.substring(0, path.lastIndexOf('.')) + '"]');
    }
    if (!target) {
      return false;
    }
    var p = target.tagName === 'FIELDSET' ? target.querySelector(':scope > .error-message') : null;
    var id = p ? p.id : 'err-' + (target.id || target.getAttribute('name'));
    p = p || document.getElementById(id);
    if (!p) {
      p = el('p', { class: 'error-message', id: id });
      if (target.tagName === 'FIELDSET') {
        target.insertBefore(p, target.querySelector('legend').nextSibling);
      } else {
        target.parentNode.insertBefore(p, target);
      }
      var described = target.getAttribute('aria-describedby');
      target.setAttribute('aria-describedby', described ? described + ' ' + id : id);
    }
    p.textContent = message;
    p.hidden = false;
    if (target.tagName === 'FIELDSET') {
      target.classList.add('invalid');
      var details = target.closest('details');
      if (details) {
        details.open = true;
      }
    } else {
      target.setAttribute('aria-invalid', 'true');
      var d = target.closest('details');
      if (d) {
        d.open = true;
      }
    }
    return true;
  }

  /** The service's problem names the field; the message is ours, in the page language, where we know the field. */
  function fieldMessage(field, detail) {
    var path = field.replace(/\[\d+\]$/, '');
    var known = { 'profile.age': 'err.age', 'profile.postcode': 'err.postcode', 'reference': 'err.reference',
      'profile.languages': 'err.languages' };
    if (known[path]) {
      return t(known[path]);
    }
    if (path.indexOf('answers.') === 0) {
      return t('err.required');
    }
    return t('err.field', { detail: detail });
  }

  function summarise(extra) {
    var summary = document.getElementById('form-errors');
    summary.textContent = t('diag.errorSummary') + (extra ? ' ' + extra : '');
    summary.hidden = false;
    summary.focus();
  }

  /** The request of the contract; only what is known is sent (a missing field means unknown). */
  function buildRequest() {
    var errors = [];
    var body = { channel: document.getElementById('channel').value, locale: Pan.lang(), answers: {} };
    var reference = document.getElementById('reference').value.trim();
    if (reference) {
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(reference)) {
        errors.push(['reference', t('err.reference')]);
      }
      body.reference = reference;
    }
    QUESTIONS.forEach(function (q) {
      var v = radio(q[0]);
      if (!v) {
        errors.push(['answers.' + q[0], t('err.required')]);
      }
      body.answers[q[0]] = v;
    });
    var profile = {};
    var age = document.getElementById('age').value.trim();
    if (age) {
      if (!/^\d{1,3}$/.test(age) || Number(age) > 120) {
        errors.push(['profile.age', t('err.age')]);
      }
      profile.age = Number(age);
    }
    var postcode = document.getElementById('postcode').value.trim();
    if (postcode) {
      if (!/^\d{4}$/.test(postcode)) {
        errors.push(['profile.postcode', t('err.postcode')]);
      }
      profile.postcode = postcode;
    }
    var gender = radio('gender');
    if (gender) {
      profile.gender = gender;
    }
    TRISTATE.forEach(function (name) {
      var v = radio(name);
      if (v) {
        profile[name] = v === 'true';
      }
    });
    var disabilities = checkedValues('disabilities');
    if (disabilities.length) {
      profile.disabilities = disabilities;
    }
    var languages = checkedValues('languages');
    var other = document.getElementById('other-languages').value.trim();
    if (other) {
      other.split(/[\s,;]+/).filter(Boolean).forEach(function (code) {
        code = code.toLowerCase();
        if (!/^[a-z]{2}$/.test(code)) {
          errors.push(['profile.languages', t('err.languages')]);
        } else if (languages.indexOf(code) < 0) {
          languages.push(code);
        }
      });
    }
    if (languages.length) {
      profile.languages = languages;
    }
    if (Object.keys(profile).length) {
      body.profile = profile;
    }
    var extended = {};
    ['interest', 'stress'].forEach(function (name) {
      var v = radio(name);
      if (v) {
        extended[name] = v;
      }
    });
    ['needs', 'barriers'].forEach(function (name) {
      var v = checkedValues(name);
      if (v.length) {
        extended[name] = v;
      }
    });
    if (Object.keys(extended).length) {
      body.extended = extended;
    }
    return { body: body, errors: errors };
  }

  function submit(event) {
    event.preventDefault();
    clearErrors();
    var built = buildRequest();
    if (built.errors.length) {
      built.errors.forEach(function (e) { showError(e[0], e[1]); });
      summarise();
      return;
    }
    var button = document.getElementById('submit');
    var status = document.getElementById('status');
    button.disabled = true;
    status.textContent = t('diag.sending');
    window.PanApi.post('/api/v1/diagnoses', built.body).then(function (response) {
      lastResponse = response;
      lastResponse.locale = built.body.locale;
      lastResponse.postcode = built.body.profile ? built.body.profile.postcode : null;
      referrals = {};
      status.textContent = '';
      render();
      var section = document.getElementById('result');
      section.focus();
      section.scrollIntoView();
    }).catch(function (error) {
      status.textContent = '';
      if (error.status === 400 && error.field && showError(error.field, fieldMessage(error.field, error.message))) {
        summarise();
      } else {
        var summary = document.getElementById('form-errors');
        summary.textContent = error.status === 403 ? t('common.forbidden') : t('common.error') + (error.message ? ' (' + error.message + ')' : '');
        summary.hidden = false;
        summary.focus();
      }
    }).then(function () {
      button.disabled = false;
    });
  }

  function chart(dimensions) {
    var NS = 'http://www.w3.org/2000/svg';
    var names = ['access', 'skills', 'attitude'];
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 340 114');
    svg.setAttribute('width', '100%');
    svg.setAttribute('class', 'chart');
    svg.setAttribute('role', 'img');
    var summary = names.map(function (n) { return t('dim.' + n) + ' ' + dimensions[n] + '/100'; }).join(', ');
    svg.setAttribute('aria-label', t('result.dimensions') + ': ' + summary);
    var title = document.createElementNS(NS, 'title');
    title.textContent = summary;
    svg.appendChild(title);
    names.forEach(function (n, i) {
      var y = 6 + i * 36;
      var v = Math.max(0, Math.min(100, dimensions[n]));
      var label = document.createElementNS(NS, 'text');
      label.setAttribute('x', '0');
      label.setAttribute('y', String(y + 18));
      label.textContent = t('dim.' + n);
      var track = document.createElementNS(NS, 'rect');
      track.setAttribute('class', 'track');
      track.setAttribute('x', '110'); track.setAttribute('y', String(y)); track.setAttribute('width', '170'); track.setAttribute('height', '26');
      var bar = document.createElementNS(NS, 'rect');
      bar.setAttribute('class', 'bar');
      bar.setAttribute('x', '110'); bar.setAttribute('y', String(y)); bar.setAttribute('width', String(1.7 * v)); bar.setAttribute('height', '26');
      var value = document.createElementNS(NS, 'text');
      value.setAttribute('x', '288');
      value.setAttribute('y', String(y + 18));
      value.setAttribute('font-weight', '700');
      value.textContent = String(dimensions[n]);
      [label, track, bar, value].forEach(function (e) { svg.appendChild(e); });
    });
    return el('figure', { class: 'flush' }, [svg, el('figcaption', { class: 'source', text: t('result.dimensions') })]);
  }

  function render() {
    var r = lastResponse;
    if (!r) {
      return;
    }
    var lang = Pan.lang();
    document.getElementById('result').hidden = false;
    document.getElementById('result-language-note').hidden = r.locale === lang;
    // The rule base accepts another Belgian postcode and says so (location-outside-region): the page says it too.
    var outside = document.getElementById('outside-region');
    outside.hidden = !(r.explanation || []).some(function (e) { return e.rule === 'location-outside-region'; });
    outside.textContent = outside.hidden ? '' : t('result.outsideRegion', { postcode: r.postcode || '' });

    var f = document.getElementById('fragility-card');
    f.textContent = '';
    f.appendChild(el('h3', { text: t('result.fragility') }));
    f.appendChild(el('p', { class: 'level', id: 'fragility-level' }, [t('level.' + r.fragility.level)]));
    f.appendChild(el('p', { text: t('result.score', { score: r.fragility.score }) }));
    f.appendChild(chart(r.fragility.dimensions));

    var p = document.getElementById('persona-card');
    p.textContent = '';
    var code = r.persona.code;
    p.appendChild(el('h3', { text: t('result.persona') }));
    p.appendChild(el('p', { class: 'level', id: 'persona-name', 'data-persona': code, text: t('persona.' + code + '.name') }));
    p.appendChild(el('p', { text: t('persona.' + code + '.desc') }));
    p.appendChild(el('p', { text: t('result.match', { pct: Math.round(r.persona.match * 100) }) }));
    if (r.persona.alternatives && r.persona.alternatives.length) {
      p.appendChild(el('p', { class: 'source', text: t('result.alternatives') + ' : ' }));
      p.lastChild.textContent = t('result.alternatives') + ': ' + r.persona.alternatives.slice(0, 2).map(function (a) {
        return t('persona.' + a.code + '.name') + ' (' + Math.round(a.match * 100) + ' %)';
      }).join(', ');
    }

    var g = document.getElementById('groups-card');
    g.textContent = '';
    var groups = r.targetGroups || [];
    g.appendChild(el('dl', { class: 'facts' }, [
      el('dt', { text: t('result.urgency') }), el('dd', { id: 'urgency' }, [el('span', { class: 'badge', text: t('urgency.' + r.urgency) })]),
      el('dt', { text: t('result.targetGroups') }),
      el('dd', null, [groups.length ? el('ul', { class: 'target-groups' }, groups.map(function (tg) {
        return el('li', { text: t('tg.' + tg) });
      })) : t('result.noTargetGroup')]),
      el('dt', { text: t('result.digcomp') }), el('dd', { text: r.digcompLevel ? t('digcomp.' + r.digcompLevel) : t('common.unknown') })
    ]));

    var list = document.getElementById('orientations');
    list.textContent = '';
    if (!r.orientations || !r.orientations.length) {
      list.appendChild(el('li', { text: t('result.noOrientation') }));
    }
    (r.orientations || []).forEach(function (o) {
      list.appendChild(orientation(o, lang));
    });

    var ex = document.getElementById('explanation');
    ex.textContent = '';
    (r.explanation || []).forEach(function (e) {
      ex.appendChild(el('li', { 'data-rule': e.rule }, [e.text, el('br'),
        el('span', { class: 'source' }, [t('result.sourceLabel') + ' ', window.PanOffers.citation(e.source, lang)])]));
    });
  }

  function orientation(o, lang) {
    var li = el('li', { class: 'card orientation', 'data-offer-id': o.offerId });
    li.appendChild(el('h3', null, [el('span', { class: 'rank', 'aria-hidden': 'true', text: String(o.rank) }),
      el('span', { class: 'visually-hidden', text: t('result.rank', { rank: o.rank }) + ': ' }), o.name]));
    li.appendChild(el('p', null, [el('strong', { text: t('kind.' + o.kind) }), o.commune ? ' · ' + o.commune + (o.postcode ? ' (' + o.postcode + ')' : '') : '']));
    li.appendChild(el('h4', { text: t('result.reasons') }));
    // Reasons in words: the points the rule base appends go to the details below.
    li.appendChild(el('ul', { class: 'reasons' }, o.reasons.map(function (reason) {
      return el('li', { 'data-code': reason.code, text: words(reason.text) });
    })));
    var facts = el('dl', { class: 'facts offer-facts' }, [el('dt', { text: t('common.loading') })]);
    li.appendChild(facts);
    var details = reasonDetails(o, lang);
    li.appendChild(details);
    loadOffer(o.offerId).then(function (offer) {
      fillFacts(facts, offer, lang);
      if (offer.provenance && offer.provenance.source) {
        details.appendChild(el('p', { class: 'source catalogue-source' },
          [t('offer.sourceNote', { source: t('source.' + offer.provenance.source) })]));
      }
    }).catch(function () {
      facts.textContent = '';
      facts.appendChild(el('dt', { class: 'error-message', text: t('offer.loadError') }));
    });
    if (o.nextSessions && o.nextSessions.length) {
      li.appendChild(sessionsBox(o, o.nextSessions, lang));
    }
    li.appendChild(referralBox(o));
    return li;
  }

  function words(text) {
    return text.replace(POINTS, '');
  }

  /** Each reason's points and the source of the rule that gave it, in a details section. */
  function reasonDetails(o, lang) {
    var sources = {};
    (lastResponse.explanation || []).forEach(function (e) { sources[e.rule] = e.source; });
    var list = el('ul', { class: 'reason-details' }, o.reasons.map(function (reason) {
      var m = POINTS.exec(reason.text);
      var item = el('li', { 'data-code': reason.code }, [words(reason.text) + ' — ',
        el('strong', { class: 'points', text: m ? t('result.points', { points: m[1].replace('\u2212', '-') }) : t('result.noPoints') })]);
      if (sources[reason.code]) {
        item.appendChild(el('br'));
        item.appendChild(el('span', { class: 'source' }, [t('result.sourceLabel') + ' ', window.PanOffers.citation(sources[reason.code], lang)]));
      }
      return item;
    }));
    return el('details', { class: 'orientation-details' }, [el('summary', { text: t('result.details') }), list]);
  }

  function loadOffer(id) {
    if (!offers[id]) {
      offers[id] = window.PanApi.get('/api/v1/offers/' + encodeURIComponent(id));
    }
    return offers[id];
  }

  function fillFacts(dl, offer, lang) {
    var f = window.PanOffers.facts(offer, lang);
    var V = window.PanOffers.value;
    dl.textContent = '';
    function row(key, node) {
      dl.appendChild(el('dt', { text: t(key) }));
      dl.appendChild(el('dd', null, [node]));
    }
    if (f.structureName) {
      row('offer.where', document.createTextNode(f.structureName));
    }
    row('offer.address', f.address ? V(f.address) : document.createTextNode(t('offer.noAddress', { postcode: f.postcode || '' })));
    row('offer.hours', f.hours ? V(f.hours) : document.createTextNode(t(f.phone ? 'offer.noHoursPhone' : 'offer.noHours')));
    if (f.sessions) {
      row('offer.sessions', V(f.sessions));
    }
    if (f.languages) {
      row('offer.languages', V(f.languages));
    }
    row('offer.phone', f.phone ? V(f.phone) : document.createTextNode(t('offer.noPhone')));
    if (f.fee) {
      row('offer.fee', V({ text: t('fee.' + f.fee.code), illustrative: f.fee.illustrative }));
    }
  }

  /** The next sessions with free seats of a session-kind orientation, each with a button that books a seat. */
  function sessionsBox(o, sessions, lang, message) {
    var box = el('div', { class: 'sessions-box', 'data-offer-id': o.offerId });
    var titleId = 'sessions-' + o.rank;
    box.appendChild(el('h4', { id: titleId, text: t('sessions.title') }));
    if (message) {
      box.appendChild(el('p', { class: 'alert', role: 'alert', text: message }));
    }
    if (!sessions.length) {
      box.appendChild(el('p', { text: t('sessions.none') }));
      return box;
    }
    box.appendChild(el('ul', { class: 'next-sessions', 'aria-labelledby': titleId }, sessions.map(function (raw) {
      var s = window.PanOffers.session(raw);
      var button = el('button', { type: 'button', class: 'button book-button', 'data-session': s.id,
        text: t('sessions.book') });
      var label = window.PanOffers.when(s.start, s.end, lang);
      button.setAttribute('aria-label', t('sessions.bookLabel', { when: label }));
      var item = el('li', { class: 'next-session', 'data-session': s.id }, [
        el('p', { class: 'session-when' }, [el('strong', { text: label })]),
        el('p', { text: [s.venue, s.address].filter(Boolean).join(' – ') || t('offer.noAddress', { postcode: o.postcode || '' }) }),
        el('p', { class: 'session-seats' }, [t('sessions.freeSeats', { seats: s.freeSeats })
          + (s.language ? ' · ' + t('sessions.language', { language: Pan.languageName(s.language, lang) }) : '')]),
        button]);
      button.addEventListener('click', function () {
        refer(o, s.id, button, null);
      });
      return item;
    })));
    return box;
  }

  function referralBox(o) {
    var box = el('div', { class: 'referral-box' });
    var id = 'note-' + o.rank;
    var existing = referrals[o.offerId];
    if (existing) {
      box.appendChild(slipLinks(existing));
      return box;
    }
    var note = el('textarea', { id: id, maxlength: '1000', 'aria-describedby': id + '-hint', 'data-field': 'note' });
    var err = el('p', { class: 'error-message', id: id + '-error', role: 'alert', hidden: true });
    var button = el('button', { type: 'button', class: 'button refer-button', text: t('refer.button') });
    box.appendChild(el('div', { class: 'field' }, [el('label', { for: id, text: t('refer.note') }),
      el('span', { class: 'hint', id: id + '-hint', text: t('refer.noteHint') }), note]));
    box.appendChild(err);
    box.appendChild(el('div', { class: 'actions' }, [button]));
    button.addEventListener('click', function () {
      refer(o, null, button, null);
    });
    return box;
  }

  /**
   * Creates the referral (with a seat when sessionId is given). A full session (409) shows the next sessions the
   * service offers instead; an offer the diagnosis excluded (422) asks for a written reason to override the rule.
   */
  function refer(o, sessionId, button, overrideReason) {
    var card = document.querySelector('li.orientation[data-offer-id="' + o.offerId + '"]');
    var note = card.querySelector('#note-' + o.rank);
    var err = card.querySelector('#note-' + o.rank + '-error');
    var label = button.textContent;
    err.hidden = true;
    note.removeAttribute('aria-invalid');
    button.disabled = true;
    button.textContent = t('refer.sending');
    var body = { diagnosisId: lastResponse.id, offerId: o.offerId };
    if (note.value.trim()) {
      body.note = note.value.trim();
    }
    if (sessionId) {
      body.sessionId = sessionId;
    }
    if (overrideReason) {
      body.overrideReason = overrideReason;
    }
    window.PanApi.post('/api/v1/referrals', body).then(function (referral) {
      referrals[o.offerId] = referral.id;
      var sessions = card.querySelector('.sessions-box');
      if (sessions) {
        sessions.remove();
      }
      var override = card.querySelector('.override-form');
      if (override) {
        override.remove();
      }
      var box = card.querySelector('.referral-box');
      box.textContent = '';
      var links = slipLinks(referral.id);
      box.appendChild(links);
      links.querySelector('.notice').focus();
    }).catch(function (error) {
      button.disabled = false;
      button.textContent = label;
      if (error.status === 409 && error.field === 'sessionId') {
        var old = card.querySelector('.sessions-box');
        var fresh = sessionsBox(o, error.problem.nextSessions || [], Pan.lang(), t('sessions.full'));
        card.replaceChild(fresh, old);
        var first = fresh.querySelector('.book-button');
        (first || fresh.querySelector('.alert')).focus();
        return;
      }
      if (error.status === 422 && error.problem.rule) {
        askOverride(o, card, sessionId, error.problem.rule);
        return;
      }
      err.textContent = error.status === 403 ? t('common.forbidden')
        : error.field === 'note' ? t('err.note') : t('common.error') + (error.message ? ' (' + error.message + ')' : '');
      err.hidden = false;
      if (error.field === 'note') {
        note.setAttribute('aria-invalid', 'true');
      }
    });
  }

  /** The rule that excluded the offer, and a reason to override it (kept in the referral's history). */
  function askOverride(o, card, sessionId, rule) {
    var old = card.querySelector('.override-form');
    if (old) {
      old.remove();
    }
    var id = 'override-' + o.rank;
    var area = el('textarea', { id: id, maxlength: '1000', required: true, 'aria-describedby': id + '-why' });
    var problem = el('p', { class: 'error-message', id: id + '-error', hidden: true });
    var confirm = el('button', { type: 'submit', class: 'button secondary override-button', text: t('refer.overrideSubmit') });
    var form = el('form', { class: 'override-form card', novalidate: true, 'data-rule': rule }, [
      el('p', { class: 'alert', id: id + '-why', text: t('refer.excluded', { rule: rule }) }),
      el('div', { class: 'field' }, [el('label', { for: id, text: t('refer.overrideReason') }), problem, area]), confirm]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!area.value.trim()) {
        problem.textContent = t('refer.overrideRequired');
        problem.hidden = false;
        area.setAttribute('aria-invalid', 'true');
        area.focus();
        return;
      }
      refer(o, sessionId, confirm, area.value.trim());
    });
    card.insertBefore(form, card.querySelector('.referral-box'));
    area.focus();
  }

  function slipLinks(referralId) {
    var selectId = 'slip-lang-' + referralId;
    var select = el('select', { id: selectId, class: 'slip-lang' });
    [['fr', 'Français'], ['nl', 'Nederlands'], ['en', 'English']].forEach(function (l) {
      select.appendChild(el('option', { value: l[0], lang: l[0], selected: l[0] === Pan.lang() ? true : null, text: l[1] }));
    });
    var link = el('a', { class: 'button slip-link', href: '', 'data-referral': referralId, target: '_blank', rel: 'noopener', text: t('refer.print') });
    var update = function () {
      link.href = Pan.slipUrl(referralId, select.value);
    };
    select.addEventListener('change', update);
    update();
    return el('div', null, [
      el('p', { class: 'notice', tabindex: '-1', role: 'status', text: t('refer.done') }),
      el('div', { class: 'actions' }, [el('div', { class: 'field flush' }, [el('label', { for: selectId, text: t('refer.slipLanguage') }), select]), link])
    ]);
  }

  function reset() {
    document.getElementById('diagnosis-form').reset();
    clearErrors();
    lastResponse = null;
    referrals = {};
    document.getElementById('result').hidden = true;
    document.getElementById('status').textContent = '';
    window.scrollTo(0, 0);
    document.querySelector('input[name="device"]').focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    buildForm();
    document.getElementById('diagnosis-form').addEventListener('submit', submit);
    document.getElementById('reset').addEventListener('click', reset);
    Pan.onLanguage(function (lang) {
      labelLanguages(lang);
      showChannel();
      render();
    });
    // The channel follows the signed-in user's role (PagesController.channelOf); a role without one chooses.
    Pan.ready.then(function () {
      return window.PanApi.get('/pages/me');
    }).then(function (user) {
      me = user;
      showChannel();
    }).catch(function () {
      me = null;
    });
  });

  function showChannel() {
    var fixed = document.getElementById('channel-fixed');
    if (!me || !me.channel) {
      return;
    }
    document.getElementById('channel').value = me.channel;
    document.getElementById('channel-field').hidden = true;
    fixed.hidden = false;
    fixed.textContent = t('diag.channelFixed', { channel: t('channel.' + me.channel) });
  }
})();
