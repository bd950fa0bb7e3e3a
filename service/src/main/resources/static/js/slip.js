/* The referral slip for the person: in the person's language (?lang=, chosen here, not remembered as the
   counsellor's own), easy-read, printable (print CSS: A4, large type, no navigation). */
(function () {
  'use strict';

  var Pan = window.Pan, t = Pan.t, el = Pan.el;
  var referral = null, offer = null;

  function fail(key) {
    var box = document.getElementById('slip-error');
    box.textContent = t(key);
    box.setAttribute('data-key', key);
    box.hidden = false;
  }

  function line(text, illustrative, id) {
    var p = el('p', { id: id || null }, [text]);
    if (illustrative) {
      p.appendChild(el('span', { class: 'illustrative', text: t('common.illustrative') }));
      return [p, el('p', { text: t('slip.checkFirst') })];
    }
    return [p];
  }

  function render() {
    var lang = Pan.lang();
    document.getElementById('slip-language').value = lang;
    if (!referral || !offer) {
      var err = document.getElementById('slip-error');
      if (!err.hidden && err.getAttribute('data-key')) {
        err.textContent = t(err.getAttribute('data-key'));
      }
      return;
    }
    var f = window.PanOffers.facts(offer, lang);
    document.getElementById('slip-structure').textContent = f.structureName || f.serviceName;
    document.getElementById('slip-service').textContent = f.structureName ? f.serviceName : '';
    var address = document.getElementById('slip-address');
    address.textContent = '';
    var nodes = [];
    if (f.address) {
      nodes = nodes.concat(line(f.address.text, f.address.illustrative, 'slip-address-line'));
    } else {
      nodes.push(el('p', { id: 'slip-no-address', text: t('slip.noAddress') }));
    }
    if (f.postcode) {
      nodes.push(el('p', { text: t('slip.postcode', { postcode: f.postcode }) }));
    }
    if (f.phone) {
      nodes = nodes.concat(line(t('slip.phone', { phone: f.phone.text }), f.phone.illustrative));
    }
    if (f.languages) {
      nodes = nodes.concat(line(t('slip.languagesSpoken', { languages: f.languages.text }), f.languages.illustrative));
    }
    nodes.forEach(function (n) { address.appendChild(n); });

    var hours = document.getElementById('slip-hours');
    hours.textContent = '';
    var when = f.sessions || f.hours;
    if (when) {
      line(when.text, when.illustrative, 'slip-hours-line').forEach(function (n) { hours.appendChild(n); });
    } else {
      hours.appendChild(el('p', { id: 'slip-ask-phone', text: t('slip.askPhone') }));
    }
    document.getElementById('slip-contact').textContent = t('slip.contact', { organisation: referral.organisation });
    var date = referral.createdAt ? new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(referral.createdAt)) : '';
    document.getElementById('slip-meta').textContent = t('slip.number', { number: referral.id.substring(0, 8).toUpperCase() })
      + (date ? ' · ' + t('slip.date', { date: date }) : '');
    document.getElementById('slip').hidden = false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('slip-language').addEventListener('change', function (e) {
      Pan.setLanguage(e.target.value, false);
    });
    document.getElementById('print').addEventListener('click', function () { window.print(); });
    Pan.onLanguage(render);
    var id = new URLSearchParams(window.location.search).get('referral');
    Pan.ready.then(function () {
      if (!id) {
        fail('slip.missing');
        return;
      }
      window.PanApi.get('/api/v1/referrals/' + encodeURIComponent(id)).then(function (r) {
        referral = r;
        return window.PanApi.get('/api/v1/offers/' + encodeURIComponent(r.offerId));
      }).then(function (o) {
        offer = o;
        render();
      }).catch(function (error) {
        fail(error.status === 404 || error.status === 403 || error.status === 400 ? 'slip.notFound' : 'common.error');
      });
    });
  });
})();
