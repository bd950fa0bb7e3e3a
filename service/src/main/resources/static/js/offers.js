/* Offer facts shared by the result and the slip: hours and sessions in the page language, and whether a
   fact is illustrative (provenance.source ILLUSTRATIVE, or the field listed in provenance.illustrativeFields). */
(function () {
  'use strict';

  var DAYS = { Mo: 0, Tu: 1, We: 2, Th: 3, Fr: 4, Sa: 5, Su: 6 };
  var WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

  function dayName(index, lang, style) {
    // 2024-01-01 was a Monday.
    var d = new Date(Date.UTC(2024, 0, 1 + index, 12));
    return new Intl.DateTimeFormat(lang, { weekday: style || 'long', timeZone: 'UTC' }).format(d);
  }

  function illustrative(provenance, field) {
    if (!provenance) {
      return false;
    }
    return provenance.source === 'ILLUSTRATIVE' || (provenance.illustrativeFields || []).indexOf(field) >= 0;
  }

  /** "Mo-Fr 10:00-18:00; Sa 10:00-12:00" in words of the language. */
  function openingHours(text, lang) {
    if (!text) {
      return null;
    }
    return text.replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su)\b/g, function (m) {
      return dayName(DAYS[m], lang, 'long');
    }).replace(/-/g, ' – ').replace(/;\s*/g, '; ');
  }

  function schedule(slots, lang) {
    if (!slots || !slots.length) {
      return null;
    }
    return slots.map(function (s) {
      var i = WEEKDAYS.indexOf(s.weekday);
      return (i >= 0 ? dayName(i, lang, 'long') : s.weekday) + ' ' + s.opens + ' – ' + s.closes;
    }).join('; ');
  }

  /** The facts of an offer a reader needs, each with its illustrative flag; null where unknown. */
  function facts(offer, lang) {
    var st = offer.structure || {};
    var sp = st.provenance;
    var op = offer.provenance;
    return {
      structureName: st.name || null,
      serviceName: offer.name,
      address: st.address ? { text: st.address, illustrative: illustrative(sp, 'address') } : null,
      postcode: st.postcode || null,
      phone: st.phone ? { text: st.phone, illustrative: illustrative(sp, 'phone') } : null,
      hours: st.openingHours ? { text: openingHours(st.openingHours, lang), illustrative: illustrative(sp, 'openingHours') } : null,
      sessions: offer.schedule && offer.schedule.length ? { text: schedule(offer.schedule, lang), illustrative: illustrative(op, 'schedule') } : null,
      languages: offer.languages && offer.languages.length ? {
        codes: offer.languages,
        text: offer.languages.map(function (c) { return window.Pan.languageName(c, lang); }).join(', '),
        illustrative: illustrative(op, 'languages') || illustrative(sp, 'languages')
      } : null,
      fee: offer.fee ? { code: offer.fee, illustrative: illustrative(op, 'fee') } : null,
      source: op ? op.source : null
    };
  }

  /** A text node plus, when illustrative, the visible "example, to be checked" mark. */
  function value(fact) {
    var span = window.Pan.el('span', null, [fact.text]);
    if (fact.illustrative) {
      span.appendChild(window.Pan.el('span', { class: 'illustrative', text: window.Pan.t('common.illustrative') }));
    }
    return span;
  }

  /**
   * A source as the rule base and the catalogue write it ("seed L1526 and L1594 (…)", "policy: …", "facts.md 12.4")
   * in words of the page: a seed line becomes "PAN annual report 2021, line 1526". The remarks in brackets are the
   * rule base's own, in English: they keep lang="en" on a page in another language.
   */
  function citation(source, lang) {
    var t = window.Pan.t, el = window.Pan.el;
    var out = el('span', { class: 'citation' });
    var pattern = /\(([^()]|\([^()]*\))*\)|\bseed\s+|\bL?(\d+)(?:\s*-\s*(\d+))?(?=\b)|\s+and\s+|\bpolicy:\s*|\bdiagnosis contract:?\s*|\bcatalog\.md:?\s*|\bfacts\.md\b/g;
    var last = 0, seedContext = false, named = false, match;
    function text(s) {
      if (s) {
        out.appendChild(document.createTextNode(s));
      }
    }
    while ((match = pattern.exec(source)) !== null) {
      var token = match[0];
      var isNumber = match[2] !== undefined;
      // A bare number is a seed line only after "seed" or as "L<n>"; other numbers (facts.md 12.4) stay as they are.
      if (isNumber && !(token.charAt(0) === 'L' || seedContext)) {
        continue;
      }
      text(source.substring(last, match.index));
      last = match.index + token.length;
      if (token.charAt(0) === '(') {
        // A remark may itself cite the report ("the seed L2295-2301 names them"): that citation is in words too.
        out.appendChild(el('span', lang === 'en' ? null : { lang: 'en' }, [token.replace(/\bseed L(\d+)(?:-(\d+))?/g, function (m, from, to) {
          return to ? t('cite.seedLines', { from: from, to: to }) : t('cite.seedLine', { line: from });
        })]));
        seedContext = false;
      } else if (/^seed/.test(token)) {
        seedContext = true;
      } else if (isNumber) {
        // The report is named once per source; its further lines are given by number only.
        out.appendChild(document.createTextNode(named
          ? (match[3] ? t('cite.lines', { from: match[2], to: match[3] }) : t('cite.line', { line: match[2] }))
          : (match[3] ? t('cite.seedLines', { from: match[2], to: match[3] }) : t('cite.seedLine', { line: match[2] }))));
        named = true;
        seedContext = true;
      } else if (/and/.test(token)) {
        text(seedContext ? t('cite.and') : token);
      } else if (/^policy/.test(token)) {
        text(t('cite.policy') + ' ');
        seedContext = false;
      } else if (/^diagnosis/.test(token)) {
        text(t('cite.contract') + ' ');
        seedContext = false;
      } else if (/^catalog/.test(token)) {
        text(t('cite.catalog') + ' ');
        seedContext = false;
      } else {
        text(t('cite.facts'));
        seedContext = false;
      }
    }
    var rest = source.substring(last);
    if (/^[\s;,.]*$/.test(rest)) {
      text(rest);
    } else {
      out.appendChild(el('span', lang === 'en' ? null : { lang: 'en' }, [rest]));
    }
    return out;
  }

  /** A session from the diagnosis (nextSessions: venue, address) or from the API (SessionView: venue {name, address}). */
  function session(s) {
    var venue = s.venue && typeof s.venue === 'object' ? s.venue : { name: s.venue, address: s.address };
    return { id: s.id, start: s.start, end: s.end, venue: venue.name || null, address: venue.address || s.address || null,
      language: s.language || null, freeSeats: s.freeSeats };
  }

  /** "Tuesday 8 December 2026, 09:00 – 10:30" in the language, at the session's own (Brussels) time. */
  function when(start, end, lang) {
    var tz = { timeZone: 'Europe/Brussels' };
    var day = new Intl.DateTimeFormat(lang, Object.assign({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, tz));
    var time = new Intl.DateTimeFormat(lang, Object.assign({ hour: '2-digit', minute: '2-digit' }, tz));
    var s = new Date(start);
    return day.format(s) + ', ' + time.format(s) + (end ? ' – ' + time.format(new Date(end)) : '');
  }

  window.PanOffers = { facts: facts, value: value, illustrative: illustrative, openingHours: openingHours, schedule: schedule,
    citation: citation, session: session, when: when };
})();
