/*
 * Diacritic-insensitive search as two lunr "languages", fold-vi and fold-en.
 *
 * Material's search worker loads ../lunr/min/lunr.<lang>.min.js for each language named in the
 * index's config block; hooks/campaignsite/search/lunr.py publishes this file under those names and
 * explains the approach. "Mũi Né", "mui ne" and "MUI NE" all become the terms "mui", "ne".
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

  function trim(text) {
    return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
  }

  function stem(word) {
    return lunr.stemmer(new lunr.Token(word)).toString()
  }

  // Index side. Material's tokenizer has already recorded where each token sits in the original
  // text, so changing the token's string keeps highlighting on "Mũi Né" as written.
  function foldToken(token) {
    var text = trim(fold(token.toString()))
    return text ? token.update(function () { return text }) : undefined
  }
  // The word and its stem: "investments" is found as "invest" and while typing "investm".
  function stemToken(token) {
    var stemmed = stem(token.toString())
    return stemmed === token.toString() ? token : [token, token.clone(function () { return stemmed })]
  }
  lunr.Pipeline.registerFunction(foldToken, "campaignsite-fold")
  lunr.Pipeline.registerFunction(stemToken, "campaignsite-stem")

  // Query side. Material appends "*" to every term and lunr skips the search pipeline for
  // wildcard terms, so we transform each clause's term instead (Material's result analysis,
  // "Missing:" and suggestions read the same clauses); the "*" around the word is kept.
  var queryWord = function (word) { return word }
  var addClause = lunr.Query.prototype.clause
  lunr.Query.prototype.clause = function (clause) {
    if (typeof clause.term === "string")
      clause.term = clause.term.replace(/^(\**)(.*?)(\**)$/, function (_, lead, word, tail) {
        word = queryWord(word) || word
        if (tail)
          clause.word = word  // typed as a prefix: the whole word earns a bonus, below
        return lead + word + tail
      })
    return addClause.call(this, clause)
  }

  // Every typed word is a prefix, and Material weighs titles 1000 times text, so "ne" in the
  // title "Newspaper" outranked "Mũi Né" in a page's text. A whole-word match gets the same
  // weight again; added here, in the index's own query only, Material's analysis never sees it.
  var WHOLE_WORD = 1000
  var runQuery = lunr.Index.prototype.query
  lunr.Index.prototype.query = function (fn) {
    var results = runQuery.call(this, function (query) {
      fn.call(query, query)
      query.clauses.slice().forEach(function (clause) {
        if (clause.word && clause.presence === lunr.Query.presence.OPTIONAL)
          addClause.call(query, { term: clause.word, fields: clause.fields, boost: clause.boost * WHOLE_WORD, usePipeline: false })
      })
    })

    // A word indexed twice (word and stem) can match twice; Material would then wrap it in
    // <mark> twice and break the markup. Keep each position once per field.
    results.forEach(function (result) {
      var seen = {}
      var metadata = result.matchData.metadata
      Object.keys(metadata).forEach(function (term) {
        Object.keys(metadata[term]).forEach(function (field) {
          var positions = seen[field] || (seen[field] = new Set())
          var match = metadata[term][field]
          if (match.position)
            match.position = match.position.filter(function (p) {
              return !positions.has(p) && positions.add(p)
            })
        })
      })
    })
    return results
  }

  // Vietnamese: Material's four lunr.vi stop words, matched before folding ("lá" is no "là").
  var viStopWords = lunr.generateStopWordFilter(["là", "cái", "nhưng", "mà"])
  lunr.Pipeline.registerFunction(viStopWords, "campaignsite-stopwords-vi")

  lunr["fold-vi"] = function () {
    queryWord = function (word) { return trim(fold(word)) }
    this.pipeline.reset()
    this.pipeline.add(viStopWords, foldToken)
    this.searchPipeline.reset()
  }
  lunr["fold-vi"].stopWordFilter = viStopWords

  // English: fold first (English pages name Mũi Né too), then lunr's stop words and stemmer on
  // both sides, so "investments" finds "investment".
  lunr["fold-en"] = function () {
    queryWord = function (word) { var folded = trim(fold(word)); return folded && stem(folded) }
    this.pipeline.reset()
    this.pipeline.add(foldToken, lunr.stopWordFilter, stemToken)
    this.searchPipeline.reset()
  }
  lunr["fold-en"].stopWordFilter = lunr.stopWordFilter
  lunr["fold-en"].stemmer = stemToken
})(self)
