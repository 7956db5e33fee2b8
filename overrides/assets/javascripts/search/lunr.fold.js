/*
 * Search that puts the place first, as lunr "languages" used by Material's own search worker.
 *
 * Material's worker loads ../lunr/min/lunr.<lang>.min.js for the language named in the index's
 * config block and calls this.use(lunr[<lang>]). hooks/campaignsite/search/lunr.py publishes this
 * file under our names, "fold-<lang>" (after Material's lunr-languages script for <lang>, when
 * Material ships one) or "fold", and explains the approach. In short, for every word:
 *
 * - words of the language's own script go through its lunr-languages support (stop words,
 *   stemmer: Russian for Cyrillic on /ru/), other words through lunr's English, so the Latin
 *   names and the English fallback pages of a Russian index are still found;
 * - then diacritics are folded: "Hà Nội", "ha noi" and "HA NOI" are the words "ha", "noi";
 * - each two neighbouring words are also indexed joined ("hanoi"): a phrase, and the way
 *   Vietnamese place names are often typed. A query's neighbouring words are asked for joined
 *   too, with a weight no single common syllable ("trang" is also "page") can reach.
 */
;(function (root) {
  "use strict"

  // The mapping of campaignsite.i18n.slugs.fold in Python: đ/Đ have no decomposition, so map them first.
  function fold(text) {
    return text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFKD").replace(/\p{Mn}/gu, "")
  }
  root.campaignsiteFold = fold  // for the browser tests

  var lunr = root.lunr
  if (typeof lunr === "undefined" || !lunr.Query || !lunr.Pipeline)
    return  // loaded outside Material's search worker

  // A phrase (two neighbouring words) weighs this much more than one of its words; a typed word
  // that is a whole word weighs WHOLE_WORD more than one it only starts (see query below).
  var PHRASE = 30
  var WHOLE_WORD = 1000

  function trim(text) {
    return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
  }

  function keep(token) { return token }
  var ENGLISH = { trimmer: lunr.trimmer, stopWordFilter: lunr.stopWordFilter, stemmer: lunr.stemmer }
  var NONE = { trimmer: keep, stopWordFilter: keep, stemmer: keep }

  // The language of this worker's index: `own` treats words of its script (a lunr-languages
  // module, whose trimmer keeps only that script), `other` every other word.
  var language = { own: NONE, other: NONE }

  function support(word) {
    return language.own.trimmer(new lunr.Token(word)).toString() ? language.own : language.other
  }
  function isStopWord(word) {  // as written: "lá" is no "là"
    return !support(word).stopWordFilter(new lunr.Token(word))
  }
  function stem(word) {
    return (support(word).stemmer || keep)(new lunr.Token(word)).toString()
  }

  // Index side, three pipeline steps. Material's tokenizer has already recorded where each token
  // sits in the original text, so changing token strings keeps highlighting on "Hà Nội" as written.
  function word(token) {
    var text = trim(token.toString())
    return text && !isStopWord(text) ? token.update(function () { return text }) : undefined
  }
  // Each word and the next one joined, if both are in the same block of text (Material's position:
  // block << 20 | index). The phrase keeps both positions, so both words can be highlighted.
  function pair(token, i, tokens) {
    var next = tokens[i + 1]
    var here = token.metadata.position, there = next && next.metadata.position
    if (!next || typeof here !== "number" || typeof there !== "number" || here >>> 20 !== there >>> 20)
      return token
    var joined = trim(fold(token.toString())) + trim(fold(next.toString()))
    return [token, new lunr.Token(joined, { position: [here, there], phrase: true })]
  }
  // The folded word and its folded stem: "investments" is found as "invest" and while typing "investm".
  function stemAndFold(token) {
    if (token.metadata.phrase)
      return token
    var text = token.toString()
    var folded = trim(fold(text)), stemmed = trim(fold(stem(text)))
    if (!folded)
      return undefined
    token.update(function () { return folded })
    return !stemmed || stemmed === folded ? token : [token, token.clone(function () { return stemmed })]
  }
  lunr.Pipeline.registerFunction(word, "campaignsite-word")
  lunr.Pipeline.registerFunction(pair, "campaignsite-pair")
  lunr.Pipeline.registerFunction(stemAndFold, "campaignsite-stem-fold")

  // Query side. Material appends "*" to every term and lunr skips the search pipeline for
  // wildcard terms, so we transform each clause's term instead (Material's result analysis,
  // "Missing:" and suggestions read the same clauses); the "*" around the word is kept.
  function queryTerm(text) {
    var folded = trim(fold(text)), stemmed = trim(fold(stem(text)))
    return stemmed || folded
  }
  var addClause = lunr.Query.prototype.clause
  lunr.Query.prototype.clause = function (clause) {
    if (typeof clause.term === "string")
      clause.term = clause.term.replace(/^(\**)(.*?)(\**)$/, function (_, lead, typed, tail) {
        var text = trim(typed)
        var term = text ? queryTerm(text) : typed
        if (tail && text) {
          clause.word = term                                      // earns the whole-word bonus
          clause.phraseWord = isStopWord(text) ? "" : trim(fold(text))  // joins a phrase
        }
        return lead + term + tail
      })
    return addClause.call(this, clause)
  }

  // Every typed word is a prefix, and Material weighs titles 1000 times text, so "no" in the
  // title "Notice" would outrank "Hà Nội" in a page's text: a whole word gets WHOLE_WORD more.
  // Two typed neighbours are asked for as a phrase, a prefix while the second is being typed
  // ("hoan ki") and whole. Added here, in the index's own query only: Material's analysis never
  // sees them.
  function extraClauses(query) {
    var typed = query.clauses.filter(function (clause) {
      return clause.word && clause.presence === lunr.Query.presence.OPTIONAL
    })
    var asked = {}
    typed.forEach(function (clause, i) {
      var options = { fields: clause.fields, usePipeline: false }
      addClause.call(query, Object.assign({}, options, { term: clause.word, boost: clause.boost * WHOLE_WORD }))
      asked[clause.phraseWord] = true  // typed joined: "hanoi"
      var next = typed[i + 1]
      if (next && clause.phraseWord && next.phraseWord) {
        var phrase = clause.phraseWord + next.phraseWord
        asked[phrase] = true
        addClause.call(query, Object.assign({}, options, { term: phrase, boost: clause.boost * PHRASE, wildcard: lunr.Query.wildcard.TRAILING }))
        addClause.call(query, Object.assign({}, options, { term: phrase, boost: clause.boost * PHRASE * WHOLE_WORD }))
      }
    })
    return asked
  }

  // Material highlights each matched position. A phrase that was asked for marks both its
  // words; one only reached by a typed prefix ("trang*" reaches "trangchu") is dropped, its
  // first word being matched on its own. A word indexed twice (word and stem), or as a word and
  // in a phrase, can match twice: Material would nest <mark>, so each position is kept once per
  // field. A word keeps its entry even with no position left: Material reads the entries to
  // tell which typed words were found.
  function positionsOnce(results, asked) {
    results.forEach(function (result) {
      var seen = {}
      var metadata = result.matchData.metadata
      Object.keys(metadata).forEach(function (term) {
        Object.keys(metadata[term]).forEach(function (field) {
          var positions = seen[field] || (seen[field] = new Set())
          var match = metadata[term][field]
          if (!match.position)
            return
          var phrase = match.position.some(Array.isArray)
          if (phrase && !asked[term]) {
            delete metadata[term][field]
            return
          }
          // lunr hands out the index's own metadata objects: replace, never change them
          metadata[term][field] = Object.assign({}, match, {
            position: [].concat.apply([], match.position)
              .filter(function (p) { return !positions.has(p) && positions.add(p) })
          })
        })
        if (!Object.keys(metadata[term]).length)
          delete metadata[term]
      })
    })
    return results
  }

  var runQuery = lunr.Index.prototype.query
  lunr.Index.prototype.query = function (fn) {
    var asked = {}
    var results = runQuery.call(this, function (query) {
      fn.call(query, query)
      asked = extraClauses(query)
    })
    return positionsOnce(results, asked)
  }

  // One lunr language per name the index can give: "fold-<lang>" for each lunr-languages module
  // loaded before this file, "fold-en" (lunr's own English) and "fold" (folding only).
  function define(name, own, other) {
    lunr[name] = function () {
      language = { own: own, other: other }
      this.pipeline.reset()
      this.pipeline.add(word, pair, stemAndFold)
      this.searchPipeline.reset()
    }
  }
  define("fold", NONE, NONE)
  define("fold-en", ENGLISH, ENGLISH)
  Object.keys(lunr).forEach(function (name) {
    var module = lunr[name]
    if (typeof module === "function" && module.trimmer && module.stopWordFilter && module.wordCharacters)
      define("fold-" + name, module, ENGLISH)
  })
})(self)
