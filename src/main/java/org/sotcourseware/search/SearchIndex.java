package org.sotcourseware.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene index of one content version, in memory (it is derived data: every node builds its own from the
 * published content). English stemming ({@link EnglishAnalyzer}), titles weighted above text, every word of
 * the query required, and typo tolerance: each word of four letters or more also matches words one edit away
 * (two from eight letters on), compared before stemming, at a lower weight than an exact match. Immutable once built; searched by many
 * threads at once.
 */
final class SearchIndex {

    static final String TITLE = "title";
    static final String TEXT = "text";
    /** Title and text again, lowercased words without stemming: what misspelt words are compared with. */
    static final String WORDS = "words";
    private static final String ENTRY = "entry";
    private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 3f, TEXT, 1f);
    /** Longest query read, in characters; the rest is ignored. */
    static final int MAX_QUERY = 200;
    private static final int SNIPPET_CHARS = 220;

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final String version;
    private final List<SearchEntry> entries;
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(WORDS, new StandardAnalyzer()));
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;

    /** One match: the entry, its score and the Lucene document it came from. */
    record Match(SearchEntry entry, float score, int doc) {
    }

    /** The matches of one query, best first, and the query (to quote the matched words from). */
    record Candidates(@Nullable Query query, List<Match> matches) {

        Candidates {
            matches = List.copyOf(matches);
        }
    }

    private SearchIndex(String version, List<SearchEntry> entries) {
        this.version = version;
        this.entries = List.copyOf(entries);
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < this.entries.size(); i++) {
                    SearchEntry e = this.entries.get(i);
                    Document d = new Document();
                    d.add(new Field(TITLE, e.title(), TEXT_WITH_OFFSETS));
                    d.add(new Field(TEXT, e.text(), TEXT_WITH_OFFSETS));
                    d.add(new Field(WORDS, e.title() + " " + e.text(), TextField.TYPE_NOT_STORED));
                    d.add(new StoredField(ENTRY, i));
                    w.addDocument(d);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index", e);
        }
        highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withHandleMultiTermQuery(true)
                // also mark words that matched through the title or the unstemmed words (a misspelt query)
                .withFieldMatcher(field -> true)
                .withMaxLength(100_000)
                .build();
    }

    static SearchIndex build(String version, List<SearchEntry> entries) {
        return new SearchIndex(version, entries);
    }

    String version() {
        return version;
    }

    int size() {
        return entries.size();
    }

    /** The best {@code max} matches of {@code text}, best first; none for a query with no searchable word. */
    Candidates find(String text, int max) {
        String q = text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
        Query query = new TypoTolerantParser(analyzer).parse(q);
        if (query == null || (query instanceof BooleanQuery b && b.clauses().isEmpty())) {
            return new Candidates(null, List.of());
        }
        try {
            TopDocs top = searcher.search(query, max);
            List<Match> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                int n = searcher.storedFields().document(sd.doc, java.util.Set.of(ENTRY)).getField(ENTRY).numericValue().intValue();
                out.add(new Match(entries.get(n), sd.score, sd.doc));
            }
            return new Candidates(query, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the index", e);
        }
    }

    /**
     * Sanitised snippets for {@code chosen} (some of {@code candidates}' matches, the ones to show), in that
     * order: a passage of the text with the matched words in {@code <mark>}, or the start of the text.
     * Quoting is the costly part of a search, so only the results shown are quoted.
     */
    List<String> snippets(Candidates candidates, List<Match> chosen) {
        if (chosen.isEmpty() || candidates.query() == null) {
            return chosen.stream().map(m -> snippet(null, m.entry().text())).toList();
        }
        ScoreDoc[] docs = chosen.stream().map(m -> new ScoreDoc(m.doc(), m.score())).toArray(ScoreDoc[]::new);
        try {
            String[] passages = highlighter.highlight(TEXT, candidates.query(),
                    new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 2);
            List<String> out = new ArrayList<>(chosen.size());
            for (int i = 0; i < chosen.size(); i++) {
                out.add(snippet(passages[i], chosen.get(i).entry().text()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not quote the results", e);
        }
    }

    /** The best {@code max} matches with their snippets (tests and tools; the service quotes only what it shows). */
    List<Quoted> search(String text, int max) {
        Candidates c = find(text, max);
        List<String> snippets = snippets(c, c.matches());
        List<Quoted> out = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            out.add(new Quoted(c.matches().get(i).entry(), snippets.get(i)));
        }
        return out;
    }

    /** A match with its snippet. */
    record Quoted(SearchEntry entry, String snippetHtml) {
    }

    /** The highlighter's passage (already escaped), or the start of the text; then only {@code <mark>} survives. */
    private static String snippet(@Nullable String highlighted, String text) {
        String html;
        if (highlighted != null && !highlighted.isBlank()) {
            html = highlighted;
        } else {
            String start = text.length() > SNIPPET_CHARS ? text.substring(0, text.lastIndexOf(' ', SNIPPET_CHARS) > 0
                    ? text.lastIndexOf(' ', SNIPPET_CHARS) : SNIPPET_CHARS) + " …" : text;
            html = org.jsoup.nodes.Entities.escape(start);
        }
        return Jsoup.clean(html, Safelist.none().addTags("mark"));
    }

    /**
     * Lucene's simple query syntax ("quoted phrases", -not, OR with |; never a syntax error) with all words
     * required, and each plain word also matched within one or two edits.
     */
    private static final class TypoTolerantParser extends SimpleQueryParser {

        private final Analyzer words;

        TypoTolerantParser(Analyzer analyzer) {
            super(analyzer, WEIGHTS);
            this.words = analyzer;
            setDefaultOperator(BooleanClause.Occur.MUST);
        }

        @Override
        protected @Nullable Query newDefaultQuery(String text) {
            Query exact = super.newDefaultQuery(text);
            if (exact == null) {
                return null; // a stop word ("the", "with"): not searched, not even for near misses
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(exact, BooleanClause.Occur.SHOULD);
            for (String token : tokens(words, WORDS, text)) {
                if (token.length() < 4) {
                    continue;
                }
                int edits = token.length() >= 8 ? 2 : 1;
                b.add(new BoostQuery(new FuzzyQuery(new Term(WORDS, token), edits, 1, 50, true), 0.5f), BooleanClause.Occur.SHOULD);
            }
            BooleanQuery q = b.build();
            return q.clauses().isEmpty() ? null : q;
        }
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
