
// The questionnaire's script: builds the form from the embedded data, keeps the answers as a city
// profile document, checks them as they are typed, and loads and saves profiles. Text from the
// data, from files and from the user only ever becomes text (textContent, value): never markup.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('questionnaire-data').textContent);
  var W = data.words;
  var STORE = 'cityframework-questionnaire';
  var questions = data.questions;
  var byPointer = {};
  questions.forEach(function (q, i) {
    q.order = i;
    byPointer[q.pointer] = q;
  });
  var checks = data.checks;

  // The answers: a profile document (a fact left out is unknown), and the text typed into a field
  // that is not (yet) a valid answer, by the field's pointer.
  var doc = {};
  var drafts = {};
  var touched = {}; // pointers of the fields typed into or left, whose missing answer is shown
  var saveTried = false;
  var views = {}; // pointer (with list indexes) -> {question, wrap, input(s), error}
  var storage = null;

  function say(key, args) {
    var text = W[key];
    (args || []).forEach(function (a, i) {
      text = text.split('{' + i + '}').join(String(a));
    });
    return text;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      e.setAttribute(k, attrs[k]);
    });
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function idOf(pointer) {
    return 'f' + pointer.replace(/[^A-Za-z0-9]/g, '-');
  }

  // ----- the document, by JSON Pointer ------------------------------------------------------

  function tokens(pointer) {
    return pointer.split('/').slice(1);
  }

  function get(pointer) {
    var node = doc;
    var t = tokens(pointer);
    for (var i = 0; i < t.length; i++) {
      if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, t[i])) {
        return undefined;
      }
      node = node[t[i]];
    }
    return node;
  }

  function set(pointer, value) {
    var t = tokens(pointer);
    var node = doc;
    for (var i = 0; i < t.length - 1; i++) {
      if (typeof node[t[i]] !== 'object' || node[t[i]] === null) {
        node[t[i]] = /^[0-9]+$/.test(t[i + 1]) ? [] : {};
      }
      node = node[t[i]];
    }
    node[t[t.length - 1]] = value;
  }

  function remove(pointer) {
    var t = tokens(pointer);
    var path = [doc];
    var node = doc;
    for (var i = 0; i < t.length - 1; i++) {
      node = node[t[i]];
      if (node === undefined || node === null || typeof node !== 'object') {
        return;
      }
      path.push(node);
    }
    delete node[t[t.length - 1]];
    // Empty sections are left out, as the library writes them.
    for (var j = t.length - 2; j >= 0; j--) {
      var child = path[j + 1];
      if (Array.isArray(path[j])) {
        break; // an item of a list stays until removed
      }
      if (!Array.isArray(child) && Object.keys(child).length === 0) {
        delete path[j][t[j]];
      } else {
        break;
      }
    }
  }

  function general(pointer) {
    return pointer.replace(/\/[0-9]+(?=\/|$)/g, '/*');
  }

  function itemsOf(listPointer) {
    var items = get(listPointer);
    return Array.isArray(items) ? items : [];
  }

  // ----- implications -----------------------------------------------------------------------

  // The pointers a condition names: every entry of a yes/no map, or every item of a list, for *.
  function expand(pointer) {
    if (pointer.indexOf('*') < 0) {
      return [pointer];
    }
    var star = pointer.indexOf('/*');
    var parent = pointer.substring(0, star);
    var rest = pointer.substring(star + 2);
    if (rest === '') {
      return questions
        .filter(function (q) {
          return q.pointer.indexOf(parent + '/') === 0 && q.pointer.substring(parent.length + 1).indexOf('/') < 0 && !q.list;
        })
        .map(function (q) {
          return q.pointer;
        });
    }
    return itemsOf(parent).map(function (_, i) {
      return parent + '/' + i + rest;
    });
  }

  function text(value) {
    if (value === undefined) {
      return 'none';
    }
    if (Array.isArray(value)) {
      return value.length === 0 ? '[]' : value.length + ' items';
    }
    return String(value);
  }

  function matches(values, value) {
    return values.some(function (v) {
      var least = /^([0-9]+) or more$/.exec(v);
      if (least) {
        return typeof value === 'number' && value >= Number(least[1]);
      }
      if (v === '[]') {
        return value === undefined || (Array.isArray(value) && value.length === 0);
      }
      return text(value) === v;
    });
  }

  // The facts' values: stated, or implied through the model's implications.
  function implied() {
    var known = {};
    for (var pass = 0; pass < 6; pass++) {
      var changed = false;
      data.implications.forEach(function (rule) {
        if (!holds(rule, known)) {
          return;
        }
        var values = rule.conclusion.values;
        if (values.length !== 1 || /or more$/.test(values[0])) {
          return;
        }
        expand(rule.conclusion.pointer).forEach(function (p) {
          if (get(p) === undefined && !(p in known)) {
            known[p] = values[0];
            changed = true;
          }
        });
      });
      if (!changed) {
        break;
      }
    }
    return known;
  }

  function valueOf(pointer, known) {
    var v = get(pointer);
    if (v !== undefined) {
      return v;
    }
    if (pointer in known) {
      var t = known[pointer];
      if (t === 'true' || t === 'false') {
        return t === 'true';
      }
      if (/^-?[0-9]+$/.test(t)) {
        return Number(t);
      }
      return t === 'none' || t === '[]' ? undefined : t;
    }
    return undefined;
  }

  function holds(rule, known) {
    return rule.premise.every(function (c) {
      var v = valueOf(c.pointer, known);
      if (v === undefined && !(c.pointer in known)) {
        return false;
      }
      return matches(c.values, v);
    });
  }

  // The follow-ups the answers leave out, and the answers that contradict an implication.
  function consequences() {
    var known = implied();
    var hidden = {};
    var contradicted = {};
    data.implications.forEach(function (rule) {
      if (!holds(rule, known)) {
        return;
      }
      expand(rule.conclusion.pointer).forEach(function (p) {
        var stated = get(p);
        var agrees = stated === undefined || matches(rule.conclusion.values, stated);
        if (!agrees && !(p in contradicted)) {
          contradicted[p] = rule;
        } else if (rule.hides && agrees && p !== rule.premise[0].pointer) {
          hidden[p] = rule;
        }
      });
    });
    return { known: known, hidden: hidden, contradicted: contradicted };
  }

  // ----- labels -----------------------------------------------------------------------------

  function answerLabel(value, q) {
    if (q && q.options && q.options.indexOf(value) >= 0) {
      return q.optionLabels[q.options.indexOf(value)];
    }
    if (value === true) {
      return W.yes;
    }
    if (value === false) {
      return W.no;
    }
    if (value === undefined) {
      return W.dontKnow;
    }
    return String(value);
  }

  function questionText(q, pointer) {
    var m = /\/([0-9]+)\/[^/]+$/.exec(pointer);
    return q.text.split('{n}').join(m ? String(Number(m[1]) + 1) : '');
  }

  // ----- checking answers -------------------------------------------------------------------

  var BLANK = /^[\s\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\u180e]*$/;

  function isDate(t) {
    var m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(t);
    if (!m) {
      return false;
    }
    var y = Number(m[1]);
    var mo = Number(m[2]);
    var d = Number(m[3]);
    var days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1];
  }

  // The value of typed text, or an error message.
  function parse(q, typed) {
    if (q.kind === 'integer') {
      if (!/^-?[0-9]+$/.test(typed)) {
        return { error: W.errorInteger };
      }
      var n = Number(typed);
      if (!Number.isSafeInteger(n)) {
        return { error: say('errorMaximum', [q.maximum === undefined ? Number.MAX_SAFE_INTEGER : q.maximum]) };
      }
      return { value: n };
    }
    if (q.kind === 'number') {
      var m = /^-?([0-9]+)(\.([0-9]+))?$/.exec(typed);
      if (!m) {
        return { error: W.errorNumber };
      }
      if (m[1].replace(/^0+(?=.)/, '').length > 18 || (m[3] || '').length > 12) {
        return { error: W.errorDigits };
      }
      return { value: Number(typed) };
    }
    if (q.kind === 'date' && !isDate(typed)) {
      return { error: W.errorDate };
    }
    return { value: typed };
  }

  // The message for the answer at pointer, or null.
  function problem(q, pointer, state) {
    var rule = state.contradicted[pointer];
    if (rule) {
      var answers = rule.premise.map(function (c) {
        return say('answerTo', [questionText(byPointer[c.pointer], c.pointer), answerLabel(valueOf(c.pointer, state.known), byPointer[c.pointer])]);
      });
      return rule.reason
        ? say('errorContradiction', [answers.join(W.and), rule.reason])
        : say('errorContradictionAlone', [answers.join(W.and)]);
    }
    if (q.kind === 'list') {
      return null;
    }
    if (pointer in drafts) {
      return parse(q, drafts[pointer]).error;
    }
    var v = get(pointer);
    if (v === undefined) {
      if (!saveTried && !(pointer in touched)) {
        return null;
      }
      if (q.required && !q.list) {
        return W.errorRequired;
      }
      if (q.required && q.list) {
        return say('errorItemRequired', [byPointer[q.list].itemName]);
      }
      return null;
    }
    if (q.kind === 'text') {
      if (q.minLength && BLANK.test(v)) {
        return W.errorBlank;
      }
      if (q.pointer === '/country' && data.countries.indexOf(v) < 0) {
        return W.errorCountry;
      }
      if (/currency$/.test(q.pointer) && data.currencies.indexOf(v) < 0) {
        return W.errorCurrency;
      }
      if (q.pattern && !new RegExp(q.pattern).test(v)) {
        return W.errorPattern;
      }
    }
    if (typeof v === 'number') {
      if (q.minimum !== undefined && v < q.minimum) {
        return say('errorMinimum', [q.minimum]);
      }
      if (q.maximum !== undefined && v > q.maximum) {
        return say('errorMaximum', [q.maximum]);
      }
    }
    var assessed = get('/assessedOn');
    var year = typeof assessed === 'string' && isDate(assessed) ? Number(assessed.substring(0, 4)) : null;
    if (q.kind === 'date' && q.pointer !== '/assessedOn' && year !== null && v > assessed) {
      return say('errorAfterAssessed', [assessed]);
    }
    if (q.pointer === '/surveyWave' && year !== null && v > year) {
      return say('errorSurveyWave', [year]);
    }
    if (q.pointer === '/funding/budgetLines/*/year') {
      if (year !== null && v > year + 1) {
        return say('errorBudgetYear', [year]);
      }
      var index = Number(/budgetLines\/([0-9]+)/.exec(pointer)[1]);
      var lines = itemsOf('/funding/budgetLines');
      for (var i = 0; i < index; i++) {
        if (lines[i] && lines[i].year === v) {
          return say('errorBudgetYearTwice', [v]);
        }
      }
    }
    return null;
  }

  // ----- building the form ------------------------------------------------------------------

  var app = document.getElementById('app');
  var status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
  var problemsBox = el('div', { id: 'problems', 'aria-live': 'polite' });
  var answeredText = el('p', { id: 'answered' });
  var answeredBar = el('progress', { id: 'answered-bar', max: '1', value: '0', 'aria-labelledby': 'answered' });
  var coverageRows = {};
  var nextBox = el('div', { id: 'next-list' });

  function header() {
    var h = el('header');
    h.appendChild(el('h1', {}, W.title));
    h.appendChild(el('p', { class: 'intro' }, W.intro));
    var tools = el('div', { class: 'tools' });
    var fileLabel = el('label', { for: 'load-file', class: 'button' }, W.load);
    var file = el('input', { type: 'file', id: 'load-file', accept: '.json,.yaml,.yml,application/json' });
    file.addEventListener('change', function () {
      if (file.files.length > 0) {
        load(file.files[0]);
      }
      file.value = '';
    });
    var save = el('button', { type: 'button', id: 'save' }, W.save);
    save.addEventListener('click', saveFile);
    var next = el('button', { type: 'button', id: 'next' }, W.next);
    next.addEventListener('click', showNext);
    var clear = el('button', { type: 'button', id: 'clear' }, W.clear);
    var armed = 0;
    clear.addEventListener('click', function () {
      var now = Date.now();
      if (now - armed > 5000) {
        armed = now;
        status.textContent = W.clearConfirm;
        return;
      }
      armed = 0;
      doc = {};
      drafts = {};
      build();
      changed();
      status.textContent = W.cleared;
    });
    tools.appendChild(fileLabel);
    tools.appendChild(file);
    tools.appendChild(save);
    tools.appendChild(next);
    tools.appendChild(clear);
    h.appendChild(tools);
    h.appendChild(status);
    h.appendChild(problemsBox);
    return h;
  }

  function sidebar() {
    var aside = el('aside', { 'aria-labelledby': 'progress-heading' });
    aside.appendChild(el('h2', { id: 'progress-heading' }, W.progress));
    aside.appendChild(answeredText);
    aside.appendChild(answeredBar);
    aside.appendChild(el('h3', { id: 'coverage-heading' }, W.coverage));
    var list = el('ul', { class: 'coverage', 'aria-labelledby': 'coverage-heading' });
    data.recommendations.forEach(function (r) {
      var li = el('li');
      var label = el('span', { id: 'cov-' + r.number });
      var bar = el('progress', { max: '1', value: '0', 'aria-labelledby': 'cov-' + r.number });
      li.appendChild(label);
      li.appendChild(bar);
      list.appendChild(li);
      coverageRows[r.number] = { label: label, bar: bar, title: r.title };
    });
    aside.appendChild(list);
    aside.appendChild(nextBox);
    var nav = el('nav', { 'aria-labelledby': 'sections-heading' });
    nav.appendChild(el('h2', { id: 'sections-heading' }, W.sections));
    var ul = el('ul');
    data.sections.forEach(function (s) {
      var li = el('li');
      li.appendChild(el('a', { href: '#s-' + s.id }, s.title));
      ul.appendChild(li);
    });
    nav.appendChild(ul);
    aside.appendChild(nav);
    return aside;
  }

  var main = el('main', { id: 'questions' });

  function build() {
    while (main.firstChild) {
      main.removeChild(main.firstChild);
    }
    views = {};
    data.sections.forEach(function (s) {
      var section = el('section', { id: 's-' + s.id, 'aria-labelledby': 'h-' + s.id });
      section.appendChild(el('h2', { id: 'h-' + s.id }, s.title));
      questions.forEach(function (q) {
        if (q.section === s.id && !q.list) {
          section.appendChild(q.kind === 'list' ? listView(q) : fieldView(q, q.pointer));
        }
      });
      main.appendChild(section);
    });
  }

  function serves(q, into) {
    if (q.checks.length === 0) {
      return;
    }
    var recs = [];
    q.checks.forEach(function (id) {
      var r = checks[id].recommendation;
      if (recs.indexOf(r) < 0) {
        recs.push(r);
      }
    });
    var p = el('p', { class: 'serves' });
    p.appendChild(el('span', { class: 'serves-label' }, W.serves + ': '));
    recs.forEach(function (r, i) {
      var title = data.recommendations[r - 1].title;
      p.appendChild(el('span', { class: 'rec' }, say('recommendation', [r]) + ' (' + title + ')'));
      if (i < recs.length - 1) {
        p.appendChild(document.createTextNode(' '));
      }
    });
    into.appendChild(p);
    var details = el('details');
    details.appendChild(el('summary', {}, W.why + ' (' + q.checks.join(', ') + ')'));
    q.checks.forEach(function (id) {
      var c = checks[id];
      var div = el('div', { class: 'check' });
      div.appendChild(el('p', { class: 'check-summary' }, id + ': ' + c.summary));
      div.appendChild(el('p', {}, c.why));
      div.appendChild(el('p', { class: 'citation' }, say('source', [c.citation])));
      details.appendChild(div);
    });
    into.appendChild(details);
  }

  function fieldView(q, pointer) {
    var id = idOf(pointer);
    var wrap = el('div', { class: 'q', id: 'q-' + id });
    var error = el('p', { class: 'error', id: 'e-' + id });
    var described = 'e-' + id;
    var view = { question: q, pointer: pointer, wrap: wrap, error: error, inputs: [] };
    var label = questionText(q, pointer);
    if (q.kind === 'boolean' || q.kind === 'enum') {
      var fieldset = el('fieldset', { 'aria-describedby': described });
      fieldset.appendChild(el('legend', {}, label));
      var choices = [{ value: undefined, label: W.dontKnow }];
      if (q.kind === 'boolean') {
        choices.push({ value: true, label: W.yes }, { value: false, label: W.no });
      } else {
        q.options.forEach(function (o, i) {
          choices.push({ value: o, label: q.optionLabels[i] });
        });
      }
      var group = el('div', { class: 'choices' });
      choices.forEach(function (c, i) {
        var rid = id + '-' + i;
        var radio = el('input', { type: 'radio', name: id, id: rid });
        radio.addEventListener('change', function () {
          if (c.value === undefined) {
            remove(pointer);
          } else {
            set(pointer, c.value);
          }
          changed();
        });
        radio.choice = c.value;
        var l = el('label', { for: rid });
        l.appendChild(radio);
        l.appendChild(document.createTextNode(' ' + c.label));
        group.appendChild(l);
        view.inputs.push(radio);
      });
      fieldset.appendChild(group);
      fieldset.appendChild(error);
      wrap.appendChild(fieldset);
      view.focus = function () {
        var on = view.inputs.filter(function (r) {
          return r.checked;
        })[0];
        (on || view.inputs[0]).focus();
      };
    } else {
      wrap.appendChild(el('label', { for: id }, label + (q.required ? ' (' + W.required + ')' : '')));
      var long = q.kind === 'text' && /(notes|description)$/.test(q.pointer);
      var input = el(long ? 'textarea' : 'input', { id: id, 'aria-describedby': described });
      if (!long) {
        input.setAttribute('type', 'text');
        if (q.kind === 'integer') {
          input.setAttribute('inputmode', 'numeric');
        } else if (q.kind === 'number') {
          input.setAttribute('inputmode', 'decimal');
        } else if (q.kind === 'date') {
          input.setAttribute('placeholder', 'YYYY-MM-DD');
        }
      } else {
        input.setAttribute('rows', '2');
      }
      if (q.required && !q.list) {
        input.setAttribute('aria-required', 'true');
      }
      input.addEventListener('input', function () {
        typed(q, pointer, input.value);
      });
      input.addEventListener('blur', function () {
        if (!(pointer in touched)) {
          touched[pointer] = true;
          changed();
        }
      });
      wrap.appendChild(input);
      wrap.appendChild(error);
      view.inputs.push(input);
      view.focus = function () {
        input.focus();
      };
    }
    if (q.help && q.text !== q.help) {
      wrap.appendChild(el('p', { class: 'help' }, q.help));
    }
    serves(q, wrap);
    views[pointer] = view;
    show(view);
    return wrap;
  }

  function typed(q, pointer, value) {
    if (value === '') {
      delete drafts[pointer];
      remove(pointer);
    } else {
      var parsed = parse(q, value);
      if (parsed.error) {
        drafts[pointer] = value;
        remove(pointer);
      } else {
        delete drafts[pointer];
        set(pointer, parsed.value);
      }
    }
    changed();
  }

  // Shows the stored answer in the view's controls.
  function show(view) {
    var v = get(view.pointer);
    view.inputs.forEach(function (input) {
      if (input.type === 'radio') {
        input.checked = input.choice === v;
      } else {
        input.value = view.pointer in drafts ? drafts[view.pointer] : v === undefined ? '' : String(v);
      }
    });
  }

  function listView(q) {
    var id = idOf(q.pointer);
    var wrap = el('div', { class: 'q list', id: 'q-' + id });
    var fieldset = el('fieldset', { 'aria-describedby': 'e-' + id });
    fieldset.appendChild(el('legend', {}, questionText(q, q.pointer)));
    var itemsBox = el('div', { class: 'items' });
    var error = el('p', { class: 'error', id: 'e-' + id });
    var add = el('button', { type: 'button', id: 'add-' + id }, W.add + ': ' + q.itemName);
    var view = { question: q, pointer: q.pointer, wrap: wrap, error: error, inputs: [], list: true };
    add.addEventListener('click', function () {
      var items = itemsOf(q.pointer).slice();
      items.push({});
      set(q.pointer, items);
      drawItems();
      changed();
      var first = views[q.pointer + '/' + (items.length - 1) + '/' + q.items[0].split('/').pop()];
      if (first) {
        first.focus();
      }
    });
    function drawItems() {
      Object.keys(views).forEach(function (p) {
        if (p.indexOf(q.pointer + '/') === 0) {
          delete views[p];
        }
      });
      while (itemsBox.firstChild) {
        itemsBox.removeChild(itemsBox.firstChild);
      }
      var items = itemsOf(q.pointer);
      if (items.length === 0) {
        itemsBox.appendChild(el('p', { class: 'none' }, W.itemsNone));
      }
      items.forEach(function (_, i) {
        var name = say('item', [q.itemName, i + 1]);
        var item = el('fieldset', { class: 'item' });
        item.appendChild(el('legend', {}, name));
        q.items.forEach(function (p) {
          item.appendChild(fieldView(byPointer[p], q.pointer + '/' + i + '/' + p.split('/').pop()));
        });
        var del = el('button', { type: 'button', class: 'remove' }, say('removeItem', [name]));
        del.addEventListener('click', function () {
          var now = itemsOf(q.pointer).slice();
          now.splice(i, 1);
          // The drafts of later items move up with them.
          var moved = {};
          Object.keys(drafts).forEach(function (p) {
            var m = p.indexOf(q.pointer + '/') === 0 ? /^\/?([0-9]+)(\/.*)$/.exec(p.substring(q.pointer.length)) : null;
            if (!m) {
              moved[p] = drafts[p];
            } else if (Number(m[1]) < i) {
              moved[p] = drafts[p];
            } else if (Number(m[1]) > i) {
              moved[q.pointer + '/' + (Number(m[1]) - 1) + m[2]] = drafts[p];
            }
          });
          drafts = moved;
          if (now.length === 0) {
            remove(q.pointer);
          } else {
            set(q.pointer, now);
          }
          drawItems();
          changed();
          add.focus();
        });
        item.appendChild(del);
        itemsBox.appendChild(item);
      });
    }
    view.redraw = drawItems;
    view.focus = function () {
      add.focus();
    };
    drawItems();
    fieldset.appendChild(itemsBox);
    fieldset.appendChild(add);
    fieldset.appendChild(error);
    wrap.appendChild(fieldset);
    serves(q, wrap);
    views[q.pointer] = view;
    return wrap;
  }

  // ----- after every change -----------------------------------------------------------------

  function isAnswered(q, state) {
    if (q.kind === 'list') {
      return itemsOf(q.pointer).length > 0 || q.pointer in state.known;
    }
    return get(q.pointer) !== undefined;
  }

  function changed() {
    var state = consequences();
    var problems = [];
    Object.keys(views).forEach(function (p) {
      var view = views[p];
      var hide = state.hidden[p] !== undefined;
      view.wrap.hidden = hide;
      var message = problem(view.question, p, state);
      view.error.textContent = message || '';
      view.inputs.forEach(function (input) {
        if (message) {
          input.setAttribute('aria-invalid', 'true');
        } else {
          input.removeAttribute('aria-invalid');
        }
      });
      if (message && !hide) {
        problems.push({ view: view, message: message });
      }
    });
    var total = 0;
    var answered = 0;
    var byRec = {};
    questions.forEach(function (q) {
      if (q.list || state.hidden[q.pointer] || /notes$/.test(q.pointer)) {
        return;
      }
      var done = isAnswered(q, state);
      total++;
      if (done) {
        answered++;
      }
      var recs = {};
      q.checks.forEach(function (id) {
        recs[checks[id].recommendation] = true;
      });
      Object.keys(recs).forEach(function (r) {
        byRec[r] = byRec[r] || { done: 0, of: 0 };
        byRec[r].of++;
        if (done) {
          byRec[r].done++;
        }
      });
    });
    answeredText.textContent = say('answered', [answered, total]);
    answeredBar.value = total === 0 ? 0 : answered / total;
    Object.keys(coverageRows).forEach(function (r) {
      var row = coverageRows[r];
      var c = byRec[r] || { done: 0, of: 0 };
      row.label.textContent = say('coverageRow', [r, c.done, c.of]) + ' (' + row.title + ')';
      row.bar.value = c.of === 0 ? 0 : c.done / c.of;
    });
    currentProblems = problems;
    if (problems.length === 0) {
      while (problemsBox.firstChild) {
        problemsBox.removeChild(problemsBox.firstChild);
      }
    }
    keep();
  }

  var currentProblems = [];

  function goTo(view) {
    view.wrap.scrollIntoView({ block: 'center' });
    view.focus();
  }

  function showNext() {
    var state = consequences();
    while (nextBox.firstChild) {
      nextBox.removeChild(nextBox.firstChild);
    }
    nextBox.appendChild(el('h2', { id: 'next-heading', tabindex: '-1' }, W.nextHeading));
    var list = el('ol');
    var shown = 0;
    data.collectFirst.forEach(function (p) {
      var view = views[p];
      var q = byPointer[p];
      if (shown >= 5 || !view || state.hidden[p] || isAnswered(q, state) || p in state.known) {
        return;
      }
      shown++;
      var li = el('li');
      var b = el('button', { type: 'button', class: 'link' }, questionText(q, p));
      b.addEventListener('click', function () {
        goTo(view);
      });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (shown === 0) {
      nextBox.appendChild(el('p', {}, W.nextNone));
    } else {
      nextBox.appendChild(list);
    }
    nextBox.firstChild.focus();
  }

  // ----- keeping answers in the browser -----------------------------------------------------

  function keep() {
    if (storage) {
      try {
        storage.setItem(STORE, JSON.stringify({ doc: doc, drafts: drafts }));
      } catch (e) {
        storage = null;
      }
    }
  }

  function restore() {
    try {
      storage = window.localStorage;
      var kept = storage.getItem(STORE);
      if (kept) {
        var saved = JSON.parse(kept);
        var result = accept(saved.doc);
        doc = result.doc;
        drafts = {};
        Object.keys(saved.drafts || {}).forEach(function (p) {
          if (byPointer[general(p)] && typeof saved.drafts[p] === 'string') {
            drafts[p] = saved.drafts[p];
          }
        });
      }
      return W.stored;
    } catch (e) {
      storage = null;
      return W.storageUnavailable;
    }
  }

  // ----- loading and saving -----------------------------------------------------------------

  // The facts of a loaded document the page knows, and what it left out, with why.
  function accept(loaded) {
    var result = { doc: {}, problems: [], count: 0 };
    if (loaded === null || typeof loaded !== 'object' || Array.isArray(loaded)) {
      result.problems.push(W.notObject);
      return result;
    }
    var into = doc;
    doc = result.doc;
    function walk(node, prefix) {
      Object.keys(node).forEach(function (key) {
        var pointer = prefix + '/' + key;
        var value = node[key];
        if (pointer === '/schemaVersion') {
          return;
        }
        if (value === null) {
          return; // unknown
        }
        var q = byPointer[general(pointer)];
        if (!q) {
          var deeper = questions.some(function (x) {
            return x.pointer.indexOf(general(pointer) + '/') === 0;
          });
          if (deeper && typeof value === 'object' && !Array.isArray(value)) {
            walk(value, pointer);
          } else {
            result.problems.push(say('unknownProperty', [pointer]));
          }
          return;
        }
        if (q.kind === 'list') {
          if (!Array.isArray(value)) {
            result.problems.push(say('wrongType', [pointer, 'not a list']));
            return;
          }
          var items = [];
          value.forEach(function (item, i) {
            if (item === null || typeof item !== 'object' || Array.isArray(item)) {
              result.problems.push(say('wrongType', [pointer + '/' + i, 'not an object']));
              return;
            }
            items.push({});
          });
          if (items.length > 0) {
            set(pointer, items);
            var n = 0;
            value.forEach(function (item) {
              if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
                walk(item, pointer + '/' + n++);
              }
            });
            result.count++;
          }
          return;
        }
        var fits =
          (q.kind === 'boolean' && typeof value === 'boolean') ||
          (q.kind === 'enum' && q.options.indexOf(value) >= 0) ||
          (q.kind === 'integer' && typeof value === 'number' && Number.isInteger(value)) ||
          (q.kind === 'number' && typeof value === 'number' && isFinite(value)) ||
          ((q.kind === 'text' || q.kind === 'date') && typeof value === 'string');
        if (!fits) {
          result.problems.push(say('wrongType', [pointer, JSON.stringify(value)]));
          return;
        }
        set(pointer, value);
        result.count++;
      });
    }
    try {
      walk(loaded, '');
    } finally {
      doc = into;
    }
    return result;
  }

  function load(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var parsed;
      try {
        parsed = /\.(ya?ml)$/i.test(file.name) ? yaml(String(reader.result)) : JSON.parse(String(reader.result));
      } catch (e) {
        status.textContent = say('loadFailed', [file.name, e.message]);
        return;
      }
      var result = accept(parsed);
      doc = result.doc;
      drafts = {};
      build();
      changed();
      status.textContent = say('loaded', [file.name, result.count]);
      while (problemsBox.firstChild) {
        problemsBox.removeChild(problemsBox.firstChild);
      }
      if (result.problems.length > 0) {
        problemsBox.appendChild(el('p', {}, W.loadProblems));
        var ul = el('ul');
        result.problems.forEach(function (p) {
          ul.appendChild(el('li', {}, p));
        });
        problemsBox.appendChild(ul);
      }
    };
    reader.onerror = function () {
      status.textContent = say('loadFailed', [file.name, String(reader.error)]);
    };
    reader.readAsText(file);
  }

  // The document in canonical form: schemaVersion first, then facts in the schema's order.
  function canonical() {
    function rank(pointer) {
      var best = Infinity;
      var g = general(pointer);
      questions.forEach(function (q) {
        if (q.pointer === g || q.pointer.indexOf(g + '/') === 0) {
          best = Math.min(best, q.schemaOrder);
        }
      });
      return best;
    }
    function copy(node, prefix) {
      if (Array.isArray(node)) {
        return node.map(function (item, i) {
          return copy(item, prefix + '/' + i);
        });
      }
      if (node === null || typeof node !== 'object') {
        return node;
      }
      var out = {};
      Object.keys(node)
        .filter(function (k) {
          var v = node[k];
          return !(Array.isArray(v) && v.length === 0);
        })
        .sort(function (a, b) {
          return rank(prefix + '/' + a) - rank(prefix + '/' + b);
        })
        .forEach(function (k) {
          out[k] = copy(node[k], prefix + '/' + k);
        });
      return out;
    }
    var body = copy(doc, '');
    var out = { schemaVersion: data.schemaVersion };
    Object.keys(body).forEach(function (k) {
      out[k] = body[k];
    });
    return JSON.stringify(out, null, 2) + '\n';
  }

  function saveFile() {
    saveTried = true;
    changed();
    while (problemsBox.firstChild) {
      problemsBox.removeChild(problemsBox.firstChild);
    }
    if (currentProblems.length > 0) {
      status.textContent = say('cannotSave', [currentProblems.length]);
      problemsBox.appendChild(el('h2', { id: 'problems-heading' }, W.problemsHeading));
      var ul = el('ul');
      currentProblems.forEach(function (p) {
        var li = el('li');
        var b = el('button', { type: 'button', class: 'link' }, questionText(p.view.question, p.view.pointer) + ': ' + p.message);
        b.addEventListener('click', function () {
          goTo(p.view);
        });
        li.appendChild(b);
        ul.appendChild(li);
      });
      problemsBox.appendChild(ul);
      ul.querySelector('button').focus();
      return;
    }
    var name = typeof doc.name === 'string' ? doc.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : '';
    var fileName = name ? name + '.json' : W.fileName;
    var blob = new Blob([canonical()], { type: 'application/json' });
    var a = el('a', { download: fileName });
    a.href = URL.createObjectURL(blob);
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
    }, 1000);
    status.textContent = say('saved', [fileName]);
  }

  // ----- YAML, as the library and hand-written profiles use it ------------------------------

  // Block mappings and sequences, plain and quoted scalars, comments. Anchors, aliases, tags,
  // flow collections and multi-line scalars are refused with a message.
  function yaml(source) {
    var lines = [];
    source.split(/\r?\n/).forEach(function (raw, n) {
      var line = stripComment(raw);
      if (/^\s*$/.test(line) || /^---\s*$/.test(line)) {
        return;
      }
      if (/^\s*(&|\*|!|[[{]|[|>])/.test(line.replace(/^(\s*)(- )+/, '$1')) || /:\s+(&|\*|!|[[{]|[|>])/.test(line)) {
        throw new Error(W.yamlUnsupported + ' (line ' + (n + 1) + ')');
      }
      lines.push({ indent: /^ */.exec(line)[0].length, text: line.trim(), n: n + 1 });
    });
    var at = 0;
    function block(indent) {
      if (at >= lines.length) {
        return null;
      }
      return lines[at].text.indexOf('- ') === 0 || lines[at].text === '-' ? sequence(lines[at].indent) : mapping(lines[at].indent);
    }
    function mapping(indent) {
      var out = {};
      while (at < lines.length && lines[at].indent === indent && lines[at].text.indexOf('- ') !== 0) {
        entry(out, lines[at].text, indent);
      }
      return out;
    }
    function entry(out, textLine, indent) {
      var m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#][^:]*?)\s*:(?:\s+(.*))?$/.exec(textLine);
      if (!m) {
        throw new Error(W.yamlUnsupported + ' (line ' + lines[at].n + ')');
      }
      var key = scalar(m[1]);
      at++;
      if (m[2] === undefined || m[2] === '') {
        out[key] = at < lines.length && lines[at].indent > indent ? block(lines[at].indent) : at < lines.length && lines[at].indent === indent && lines[at].text.indexOf('- ') === 0 ? sequence(indent) : null;
      } else {
        out[key] = scalar(m[2]);
      }
    }
    function sequence(indent) {
      var out = [];
      while (at < lines.length && lines[at].indent === indent && (lines[at].text.indexOf('- ') === 0 || lines[at].text === '-')) {
        var rest = lines[at].text.substring(2).trim();
        if (rest === '') {
          at++;
          out.push(block(lines[at].indent));
        } else if (/^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#'"][^:]*?)\s*:(\s|$)/.test(rest)) {
          var inner = indent + 2;
          lines[at] = { indent: inner, text: rest, n: lines[at].n };
          out.push(mapping(inner));
        } else {
          at++;
          out.push(scalar(rest));
        }
      }
      return out;
    }
    function scalar(t) {
      t = t.trim();
      if (/^"/.test(t)) {
        return JSON.parse(t);
      }
      if (/^'/.test(t)) {
        return t.substring(1, t.length - 1).split("''").join("'");
      }
      if (t === 'true' || t === 'false') {
        return t === 'true';
      }
      if (t === 'null' || t === '~' || t === '') {
        return null;
      }
      if (/^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(t)) {
        return Number(t);
      }
      return t;
    }
    var root = block(0);
    if (at < lines.length) {
      throw new Error(W.yamlUnsupported + ' (line ' + lines[at].n + ')');
    }
    return root;
  }

  function stripComment(line) {
    var quote = null;
    for (var i = 0; i < line.length; i++) {
      var c = line.charAt(i);
      if (quote) {
        if (c === '\\' && quote === '"') {
          i++;
        } else if (c === quote) {
          quote = null;
        }
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  // ----- start ------------------------------------------------------------------------------

  questions.forEach(function (q) {
    if (q.kind === 'list') {
      q.itemName = q.itemName || q.pointer.split('/').pop().replace(/s$/, '').replace(/([A-Z])/g, ' $1').toLowerCase();
    }
  });
  var kept = restore();
  app.appendChild(header());
  var layout = el('div', { class: 'layout' });
  layout.appendChild(sidebar());
  layout.appendChild(main);
  app.appendChild(layout);
  var footer = el('footer');
  footer.appendChild(el('p', {}, say('footer', [data.publication])));
  app.appendChild(footer);
  build();
  changed();
  status.textContent = kept;
})();
