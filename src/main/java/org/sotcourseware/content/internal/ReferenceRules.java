package org.sotcourseware.content.internal;

import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sotcourseware.base.Message;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.Lesson;

/**
 * What a reference (a footnote definition) must hold, and the sources it may not use (docs/authoring.md,
 * "References"): authors, a year and a title, and one of a journal with volume and pages, a DOI, a PMID, a
 * book's place and publisher, or a web address with its access date. Domains and publications listed in
 * {@code content/sources-deny.yml} (clinic blogs, sales pages, newsletters) draw a warning.
 */
final class ReferenceRules {

    /** The deny list's file at the root of the content folder. */
    static final String DENY_FILE = "sources-deny.yml";

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(1[5-9]\\d{2}|20\\d{2})(?![\\d/])");
    /** year;volume(issue):pages, also year;(issue):article as Cochrane reviews are cited. */
    private static final Pattern JOURNAL = Pattern.compile(
            "(?:1[5-9]|20)\\d{2}[^;]{0,20};\\s*(?:\\d+\\s*(?:\\([^)]*\\))?|\\([^)]*\\))\\s*:\\s*[A-Za-z]{0,3}\\d+");
    private static final Pattern DOI = Pattern.compile("(?i)(?:\\bdoi:\\s*|doi\\.org/)10\\.\\d{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:?\\s*\\d{6,9}\\b");
    private static final Pattern BOOK = Pattern.compile("[A-Z][\\p{L} .,'()-]{1,60}:\\s*[^:;]{2,120};\\s*(?:[^;]{0,20}\\s)?(?:1[5-9]|20)\\d{2}");
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s)>\\]]+");
    private static final Pattern BARE_DOMAIN = Pattern.compile("(?i)(?<![\\w@/.-])((?:[a-z0-9-]+\\.)+(?:com|org|net|edu|gov|info|io|co|uk|de|fr|au|ca|eu|jp|nz|ie|ch|nl|be|it|es|dk|se|no))(?=[/\\s),;]|\\.?$)");
    /** "n.d.": no date, for a web page that shows none. */
    private static final Pattern NO_DATE = Pattern.compile("(?<![\\p{L}])n\\.\\s?d\\.");
    private static final Pattern ACCESSED = Pattern.compile("(?i)\\(accessed (\\d{4}-\\d{2}-\\d{2})\\)");

    private ReferenceRules() {
    }

    /**
     * What the reference lacks, in words ("no year", ...); empty when it is complete.
     *
     * @param text the reference as written (Markdown)
     */
    static List<String> missing(String text) {
        return missingParts(text).stream().map(Message::english).toList();
    }

    /** What a reference lacks, each part as words for the reader's language (see {@link #missing}). */
    static List<Message> missingParts(String text) {
        String t = plain(text);
        List<Message> missing = new ArrayList<>();
        List<String> parts = List.of(t.split("(?<=[\\p{L}\\p{N})\\]\"'’”?!])[.?!]\\s+"));
        String authors = parts.isEmpty() ? "" : parts.getFirst().strip();
        if (parts.size() < 3 || authors.isEmpty() || URL.matcher(authors).find() || YEAR.matcher(authors).find()
                || !authors.matches(".*\\p{L}{2,}.*")) {
            missing.add(Message.of("content.references.needs-authors-title-source"));
        }
        boolean journal = JOURNAL.matcher(t).find();
        boolean doi = DOI.matcher(t).find();
        boolean pmid = PMID.matcher(t).find();
        boolean book = BOOK.matcher(t).find();
        boolean url = URL.matcher(t).find();
        Matcher accessed = ACCESSED.matcher(t);
        boolean dated = accessed.find() && validDate(accessed.group(1));
        // the year of publication, not the access date or digits inside an address; a web page that shows no
        // date says so ("n.d.", as APA writes it) and is dated by its access date
        boolean undatedPage = url && dated && NO_DATE.matcher(t).find();
        if (!undatedPage && !YEAR.matcher(ACCESSED.matcher(URL.matcher(t).replaceAll(" ")).replaceAll(" ")).find()) {
            missing.add(Message.of(url ? "content.references.needs-year-or-nd" : "content.references.needs-year"));
        }
        if (!(journal || doi || pmid || book || url && dated)) {
            if (url) {
                missing.add(Message.of("content.references.needs-access-date"));
            } else if (BARE_DOMAIN.matcher(t).find()) {
                missing.add(Message.of("content.references.needs-full-address"));
            } else {
                missing.add(Message.of("content.references.needs-source"));
            }
        }
        return missing;
    }

    private static boolean validDate(String iso) {
        try {
            LocalDate.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The reference without Markdown emphasis and link syntax, so patterns see the words and addresses. */
    static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)", "$1 $2")
                .replaceAll("[<>]", " ")
                .replaceAll("(?<![\\w])[*_]+|[*_]+(?![\\w])", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** The web domains a reference names (with or without https://), lower-case, without "www.". */
    static Set<String> domains(String text) {
        String t = plain(text);
        Set<String> out = new LinkedHashSet<>();
        Matcher u = URL.matcher(t);
        while (u.find()) {
            String host = u.group().replaceFirst("(?i)^https?://", "").replaceFirst("[/?#:].*$", "");
            out.add(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        }
        Matcher d = BARE_DOMAIN.matcher(t.replaceAll("(?i)https?://\\S+", " "));
        while (d.find()) {
            out.add(d.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        }
        return out;
    }

    /** The deny list: domains of blogs, clinic and sales pages, and publications (newsletters, trade magazines). */
    record DenyList(List<String> domains, List<String> publications, List<ContentProblem> problems) {

        static final DenyList EMPTY = new DenyList(List.of(), List.of(), List.of());

        /** The denied domain a reference uses, if any (a listed domain or a sub-domain of one). */
        Optional<String> deniedDomain(String text) {
            for (String host : ReferenceRules.domains(text)) {
                for (String denied : domains) {
                    if (host.equals(denied) || host.endsWith("." + denied)) {
                        return Optional.of(denied);
                    }
                }
            }
            return Optional.empty();
        }

        /** The denied publication a reference cites, if any (case-insensitive). */
        Optional<String> deniedPublication(String text) {
            String t = plain(text).toLowerCase(Locale.ROOT);
            return publications.stream().filter(p -> t.contains(p.toLowerCase(Locale.ROOT))).findFirst();
        }
    }

    /** The tree's deny list (read once per tree); a missing file denies nothing. */
    static DenyList denyList(ContentTree tree) {
        return tree.derived("sources-deny", ReferenceRules::readDenyList);
    }

    private static DenyList readDenyList(ContentTree tree) {
        if (!tree.isFile(DENY_FILE)) {
            return DenyList.EMPTY;
        }
        List<ContentProblem> problems = new ArrayList<>();
        try {
            YamlNode yaml = YamlNode.parse(ContentLoader.read(tree, DENY_FILE), 1);
            if (!yaml.isMap()) {
                problems.add(new ContentProblem(DENY_FILE, 1, Message.of("content.references.deny-list-keys-domains")));
                return new DenyList(List.of(), List.of(), problems);
            }
            for (String key : yaml.asMap().keySet()) {
                if (!key.equals("domains") && !key.equals("publications")) {
                    problems.add(new ContentProblem(DENY_FILE, yaml.lineOf(key), Message.of("content.references.unknown-key-use-domains", key)));
                }
            }
            List<String> domains = new ArrayList<>();
            for (YamlNode n : yaml.get("domains").map(YamlNode::asList).orElse(List.of())) {
                String d = n.asString().orElse("").strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                        .replaceFirst("/.*$", "");
                if (!d.matches("(?:[a-z0-9-]+\\.)+[a-z]{2,}")) {
                    problems.add(new ContentProblem(DENY_FILE, n.line(), Message.of("content.references.not-domain-example-com", n.asString().orElse(""))));
                } else {
                    domains.add(d);
                }
            }
            List<String> publications = new ArrayList<>();
            for (YamlNode n : yaml.get("publications").map(YamlNode::asList).orElse(List.of())) {
                String p = n.asString().orElse("").strip();
                if (p.length() < 4) {
                    problems.add(new ContentProblem(DENY_FILE, n.line(), Message.of("content.references.publication-named-full-least")));
                } else {
                    publications.add(p);
                }
            }
            return new DenyList(domains, publications, problems);
        } catch (YamlNode.YamlSyntaxException e) {
            problems.add(new ContentProblem(DENY_FILE, e.line(), e.message()));
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(DENY_FILE, 0, Message.of("content.load.file-not-utf-8")));
        }
        return new DenyList(List.of(), List.of(), problems);
    }

    /**
     * Checks references of one file: errors for incomplete ones, warnings (into {@code warnings}) for denied sources.
     */
    static List<ContentProblem> check(String file, List<Lesson.Reference> references, DenyList deny,
                                      List<ContentProblem> warnings) {
        List<ContentProblem> out = new ArrayList<>();
        for (var r : references) {
            List<Message> missing = missingParts(r.text());
            if (!missing.isEmpty()) {
                Message all = missing.getFirst();
                for (Message next : missing.subList(1, missing.size())) {
                    all = Message.of("content.references.needs-and", all, next);
                }
                out.add(new ContentProblem(file, r.line(), Message.of("content.references.reference-incomplete", r.label(), all)));
            }
            deny.deniedDomain(r.text()).ifPresent(d -> warnings.add(new ContentProblem(file, r.line(), Message.of("content.references.reference-cites-sales-clinic", r.label(), d, DENY_FILE))));
            deny.deniedPublication(r.text()).ifPresent(p -> warnings.add(new ContentProblem(file, r.line(), Message.of("content.references.reference-cites-newsletter-trade", r.label(), p, DENY_FILE))));
        }
        return out;
    }
}
